"""Writes src/vp_desk/domain/catalog.json from the compact tables below.

The catalog is data (JSON) shipped with the app; this script only exists so the table
stays readable in review. Run it after editing: python tools/make_catalog.py
"""
import json
from pathlib import Path


def L(key, nl, fr, en, **extra):
    d = {"key": key, "label": {"nl": nl, "fr": fr, "en": en}}
    d.update(extra)
    return d

RULE_NAMES = {
    "first_hearing": ("Verzoeker horen binnen 10 kalenderdagen", "Entendre le demandeur dans les 10 jours calendrier", "Hear the requester within 10 calendar days"),
    "basic_training": ("Basisopleiding binnen 2 jaar na de aanstelling", "Formation de base dans les 2 ans de la désignation", "Basic training within 2 years of the appointment"),
    "intervisie": ("Jaarlijks één dag intervisie", "Une journée d'intervision par an", "One day of intervisie a year"),
    "extra_training": ("Jaarlijks één dag bijkomende opleiding (aanbevolen)", "Une journée de formation complémentaire par an (recommandé)", "One day of extra training a year (recommended)"),
    "paps_consultation": ("Regelmatig overleg met de preventieadviseur", "Concertation régulière avec le conseiller en prévention", "Regular consultation with the prevention adviser"),
    "quiet_years": ("Drie jaar zonder dossiers: gesprek met de werkgever", "Trois ans sans dossier : entretien avec l'employeur", "Three years without dossiers: a conversation with the employer"),
    "paps_support": ("PAPS-ondersteuning verplicht bij OSGW, een betrokken diensthoofd of hogere functie, of groepsproblemen", "Soutien du CPAP obligatoire (harcèlement sexuel, chef de service ou membre de la ligne hiérarchique impliqué, problèmes de groupe)", "PAPS support mandatory for sexual harassment, an involved department head or senior official, or group problems"),
    "lvv_basic_course": ("Basisopleiding vertrouwenspersoon (LVV)", "Formation de base (LVV)", "Basic course for confidential advisers (LVV)"),
    "lvv_further_training": ("Jaarlijkse bij- en nascholing (LVV)", "Formation continue annuelle (LVV)", "Yearly further training (LVV)"),
    "mediation": ("Bemiddeling toegestaan door de organisatie", "Médiation autorisée par l'organisation", "Mediation allowed by the organisation"),
    "signed_request": ("Gedateerd en ondertekend verzoek tot informele psychosociale interventie", "Demande d'intervention psychosociale informelle datée et signée", "Dated, signed request for an informal psychosocial intervention"),
    "consent_third_party": ("Toestemming van de verzoeker vóór contact met een derde", "Accord du demandeur avant tout contact avec un tiers", "The requester's consent before a third person is contacted"),
    "certificates": ("Attesten van opleiding en intervisie bijhouden", "Conserver les attestations de formation et d'intervision", "Keep training and intervisie certificates"),
    "crisis_procedure": ("Crisisprocedure en hulplijnen bij zelfdodingsgedachten", "Procédure de crise et lignes d'aide (idées suicidaires)", "Crisis procedure and help lines for suicidal thoughts"),
}


def R(key, kind, scope, source, default=True, **extra):
    """A rule the app applies: ``kind`` "law" (never switched off) or "practice" (switchable per
    organisation); ``scope`` the country code, or "BE/Flemish government" for one employer type;
    ``source`` where it comes from, quoted from the seed pages or docs/domain.md. A figure we
    could not source is marked "(check)" in the source text."""
    nl, fr, en = RULE_NAMES[key]
    d = {"key": key, "label": {"nl": nl, "fr": fr, "en": en}, "kind": kind, "scope": scope, "source": source,
         "default": default}
    d.update(extra)
    return d


COMMON = {
    "channels": [
        L("in_person", "Persoonlijk gesprek", "Entretien en personne", "In person"),
        L("phone", "Telefoon", "Téléphone", "Phone"),
        L("email", "E-mail", "E-mail", "E-mail"),
        L("video", "Videogesprek", "Visioconférence", "Video call"),
        L("via_supervisor", "Via leidinggevende", "Via le supérieur hiérarchique", "Via supervisor"),
        L("via_hr", "Via HR", "Via les RH", "Via HR"),
    ],
    "spheres": [
        L("work", "Werkgerelateerd", "Lié au travail", "Work-related"),
        L("individual", "Individuele sfeer", "Sphère individuelle", "Individual sphere"),
        L("both", "Beide", "Les deux", "Both"),
    ],
    "relations": [
        L("colleague", "Collega", "Collègue", "Colleague"),
        L("supervisor", "Leidinggevende", "Supérieur hiérarchique", "Supervisor"),
        L("subordinate", "Ondergeschikte", "Subordonné", "Subordinate"),
        L("third_party", "Derde (klant, patiënt, leerling …)", "Tiers (client, patient, élève …)", "Third party (client, patient, pupil …)"),
        L("unknown", "Onbekend / geen", "Inconnu / aucun", "Unknown / none"),
    ],
    "genders": [
        L("woman", "Vrouw", "Femme", "Woman"),
        L("man", "Man", "Homme", "Man"),
        L("x", "X / anders", "X / autre", "X / other"),
    ],
    "age_bands": [
        L("lt25", "Jonger dan 25", "Moins de 25 ans", "Under 25"),
        L("25_34", "25–34", "25–34", "25–34"),
        L("35_44", "35–44", "35–44", "35–44"),
        L("45_54", "45–54", "45–54", "45–54"),
        L("55plus", "55 of ouder", "55 ans et plus", "55 or older"),
    ],
    "roles": [
        L("employee", "Werknemer", "Travailleur", "Employee"),
        L("supervisor", "Leidinggevende", "Supérieur hiérarchique", "Supervisor"),
    ],
    "contact_kinds": [
        L("in_person", "Gesprek", "Entretien", "Conversation"),
        L("phone", "Telefoon", "Téléphone", "Phone"),
        L("email", "E-mail", "E-mail", "E-mail"),
        L("video", "Videogesprek", "Visioconférence", "Video call"),
        L("other", "Andere", "Autre", "Other"),
    ],
    "outcomes": [
        L("resolved_informally", "Informeel opgelost", "Résolu de manière informelle", "Resolved informally"),
        L("referred", "Doorverwezen", "Orienté", "Referred"),
        L("formal_request", "Formeel verzoek / klacht ingediend", "Demande formelle / plainte introduite", "Formal request / complaint filed"),
        L("stopped", "Verzoeker heeft gestopt", "Le demandeur a arrêté", "Requester stopped"),
        L("no_action", "Geen verdere actie", "Pas d'autre action", "No further action"),
        L("other", "Andere", "Autre", "Other"),
    ],
    "own_activities": [
        L("basic_training", "Basisopleiding", "Formation de base", "Basic training"),
        L("intervisie", "Intervisie", "Intervision", "Peer supervision (intervisie)"),
        L("extra_training", "Bijkomende opleiding", "Formation complémentaire", "Additional training"),
        L("paps_consultation", "Overleg met de preventieadviseur", "Concertation avec le conseiller en prévention", "Consultation with the prevention adviser"),
        L("prevention", "Preventiewerk (infosessie, risicoanalyse, werkgroep)", "Travail de prévention (séance d'info, analyse des risques, groupe de travail)", "Prevention work (information session, risk analysis, working group)"),
    ],
    # who asks (issue 15): the requester's position; old dossiers have none ("not recorded")
    "requester_positions": [
        L("concerned", "De betrokkene zelf", "La personne concernée elle-même", "The person concerned"),
        L("witness", "Getuige of omstaander", "Témoin", "Witness or bystander"),
        L("manager", "Leidinggevende die advies vraagt", "Responsable qui demande conseil", "Manager seeking advice"),
        L("former_employee", "Gewezen werknemer", "Ancien travailleur", "Former employee"),
    ],
    "consent_scopes": [
        L("intervention_other", "Interventie bij een andere persoon", "Intervention auprès d'une autre personne", "Intervention with another person"),
        L("reconciliation", "Verzoening", "Conciliation", "Reconciliation"),
        L("referral", "Doorverwijzing", "Orientation", "Referral"),
        L("other", "Andere", "Autre", "Other"),
    ],
}

BE = {
    "name": {"nl": "België", "fr": "Belgique", "en": "Belgium"},
    "law": {"nl": "Welzijnswet, Codex welzijn op het werk boek I titel 3", "fr": "Loi bien-être, Code du bien-être au travail livre I titre 3", "en": "Belgian Well-being at Work Act, Codex book I title 3"},
    "retention_years_after_closure": 5,
    "register_retention_years": 5,
    "first_hearing_days": 10,
    "has_register": True,
    "wording": {
        "confidant": {"nl": "vertrouwenspersoon", "fr": "personne de confiance", "en": "confidant"},
        "prevention_adviser": {"nl": "preventieadviseur psychosociale aspecten (PAPS)", "fr": "conseiller en prévention aspects psychosociaux (CPAP)", "en": "prevention adviser psychosocial aspects (PAPS)"},
        "occupational_physician": {"nl": "arbeidsarts", "fr": "médecin du travail", "en": "occupational physician"},
    },
    "rules": [
        R("first_hearing", "law", "BE", {
            "nl": "Codex welzijn op het werk (artikel: check) — domain.md: “BE: the VP hears the worker within 10 calendar days of the request”",
            "fr": "Code du bien-être au travail (article : à vérifier) — domain.md : entendre le travailleur dans les 10 jours calendrier",
            "en": "Codex on well-being at work (article: check) — domain.md: “BE: the VP hears the worker within 10 calendar days of the request”"},
            days=10),
        R("basic_training", "law", "BE", {
            "nl": "Welzijnswet/Codex (artikel: check): opleiding binnen 2 jaar na de aanstelling — seed 003: “moet binnen de twee jaar na zijn aanstelling een opleiding volgen”; 5 dagen (35 u) is de gangbare basisopleiding (seeds 000, 004), het urenaantal in de Codex: check",
            "fr": "Loi bien-être/Code (article : à vérifier) : formation dans les 2 ans de la désignation — seed 003 ; 5 jours (35 h) est la formation de base courante (seeds 000, 004), nombre d'heures du Code : à vérifier",
            "en": "Well-being Act/Codex (article: check): training within 2 years of the appointment — seed 003: “moet binnen de twee jaar na zijn aanstelling een opleiding volgen”; 5 days (35 h) is the usual basic course (seeds 000, 004), the Codex's hour figure: check"},
            within_years=2, hours=35, hours_checked=False),
        R("intervisie", "law", "BE", {
            "nl": "Wettelijk volgens seed 004 (GDPB): “wettelijk verplicht om jaarlijks één dag intervisie te volgen” (Codex-artikel: check)",
            "fr": "Légal selon seed 004 (GDPB) : une journée d'intervision par an (article du Code : à vérifier)",
            "en": "Law according to seed 004 (GDPB): “wettelijk verplicht om jaarlijks één dag intervisie te volgen” (Codex article: check)"},
            hours_per_year=7),
        R("extra_training", "practice", "BE/Flemish government", {
            "nl": "Praktijk van de Vlaamse overheid (GDPB, seed 004): “het is sterk aanbevolen om minstens één dag bijkomende opleiding per jaar te volgen”",
            "fr": "Pratique du gouvernement flamand (GDPB, seed 004) : au moins un jour de formation complémentaire par an est vivement recommandé",
            "en": "Practice of the Flemish government (GDPB, seed 004): “sterk aanbevolen om minstens één dag bijkomende opleiding per jaar te volgen”"},
            hours_per_year=7),
        R("paps_consultation", "law", "BE", {
            "nl": "Seed 004: “Ze plegen regelmatig overleg met de preventieadviseur psychosociaal welzijn. Beide hebben de verplichting …” (seed 003: “Regelmatig overleg plegen”); eens per 12 maanden is onze lezing (check)",
            "fr": "Seed 004 : concertation régulière avec le conseiller en prévention, obligation pour les deux (seed 003) ; une fois par 12 mois est notre lecture (à vérifier)",
            "en": "Seed 004: “Ze plegen regelmatig overleg met de preventieadviseur psychosociaal welzijn. Beide hebben de verplichting …” (seed 003); once per 12 months is our reading (check)"},
            months=12),
        R("quiet_years", "practice", "BE/Flemish government", {
            "nl": "Praktijk van de Vlaamse overheid (GDPB, seed 004): “Wanneer een vertrouwenspersoon drie jaar op rij géén geregistreerde dossiers heeft, volgt een gesprek.”",
            "fr": "Pratique du gouvernement flamand (GDPB, seed 004) : trois ans sans dossier enregistré donnent lieu à un entretien",
            "en": "Practice of the Flemish government (GDPB, seed 004): “Wanneer een vertrouwenspersoon drie jaar op rij géén geregistreerde dossiers heeft, volgt een gesprek.”"},
            years=3),
        R("signed_request", "law", "BE", {
            "nl": "Codex welzijn op het werk, boek I titel 3, informele psychosociale interventie (artikel: check — de tekst van de Codex hadden we niet) — domain.md: “verzoek tot informele psychosociale interventie (type chosen, dated, signed by VP and worker, copy to the worker)”: voor elk gekozen type (gesprek, interventie bij een andere persoon, verzoening)",
            "fr": "Code du bien-être au travail, livre I titre 3, intervention psychosociale informelle (article : à vérifier — texte du Code non disponible) — domain.md : demande datée, signée par la personne de confiance et le travailleur, copie au travailleur, pour chaque type choisi (entretien, intervention auprès d'une autre personne, conciliation)",
            "en": "Codex on well-being at work, book I title 3, informal psychosocial intervention (article: check — we did not have the Codex text) — domain.md: “verzoek tot informele psychosociale interventie (type chosen, dated, signed by VP and worker, copy to the worker)”: for every type chosen (conversation, intervention with another person, reconciliation)"}),
        R("consent_third_party", "law", "BE", {
            "nl": "Beroepsgeheim (Welzijnswet art. 32quinquiesdecies, domain.md); seed 004: “mag de vertrouwenspersoon geen informatie delen met derden” en interventie of verzoening “mits toestemming van de verzoeker”; seed 002: “met akkoord van de collega … doorverwijzen naar de bevoegde leidinggevende(n)”. Advies waar de verzoeker zelf mee aan de slag gaat vraagt geen toestemming (seed 004: “geniet het voorkeur dat de verzoeker dit zelf opneemt”)",
            "fr": "Secret professionnel (loi bien-être art. 32quinquiesdecies, domain.md) ; seed 004 : pas d'information aux tiers, intervention ou conciliation avec l'accord du demandeur ; seed 002 : orientation vers le supérieur avec l'accord du collègue. Un conseil que le demandeur suit seul ne demande pas d'accord (seed 004)",
            "en": "Professional secrecy (Well-being Act art. 32quinquiesdecies, domain.md); seed 004: “mag de vertrouwenspersoon geen informatie delen met derden”, interventions or reconciliation “mits toestemming van de verzoeker”; seed 002: referral to the competent supervisor “met akkoord van de collega”. Advice the requester acts on alone needs no consent (seed 004: “geniet het voorkeur dat de verzoeker dit zelf opneemt”)"}),
        R("certificates", "practice", "BE/Flemish government", {
            "nl": "Praktijk van de Vlaamse overheid (GDPB, seed 004): “het behalen van het attest van de vijfdaagse basisopleiding” en “Volgt de vertrouwenspersoon een externe intervisie, bezorgt die daarna een aanwezigheidsattest aan de GDPB.”",
            "fr": "Pratique du gouvernement flamand (GDPB, seed 004) : attestation de la formation de base de cinq jours ; après une intervision externe, la personne de confiance remet une attestation de présence",
            "en": "Practice of the Flemish government (GDPB, seed 004): “het behalen van het attest van de vijfdaagse basisopleiding” and “Volgt de vertrouwenspersoon een externe intervisie, bezorgt die daarna een aanwezigheidsattest aan de GDPB.”"}),
        R("crisis_procedure", "practice", "BE", {
            "nl": "Praktijk (seed 000, Mensura): “Uitgewerkte procedures bepalen specifieke scenario’s en verantwoordelijkheden. Zo weet iedereen wat te doen als zich een mentale crisis voordoet.”; thema “trauma en zelfdoding” (seed 000). Hulplijn: Zelfmoordlijn 1813",
            "fr": "Pratique (seed 000, Mensura) : des procédures définissent scénarios et responsabilités, pour que chacun sache quoi faire en cas de crise mentale ; thème « trauma et suicide » (seed 000). Ligne d'aide : Zelfmoordlijn 1813",
            "en": "Practice (seed 000, Mensura): “Uitgewerkte procedures bepalen specifieke scenario’s en verantwoordelijkheden. Zo weet iedereen wat te doen als zich een mentale crisis voordoet.”; theme “trauma en zelfdoding” (seed 000). Help line: Zelfmoordlijn 1813"}),
        R("paps_support", "practice", "BE/Flemish government", {
            "nl": "Praktijk van de Vlaamse overheid (GDPB, seed 004): “Bij delicate thema’s zoals ongewenst seksueel gedrag op het werk, cases waarbij afdelingshoofden of leidend ambtenaren betrokken zijn of groepsproblematieken, is die ondersteuning sowieso verplicht.”",
            "fr": "Pratique du gouvernement flamand (GDPB, seed 004) : soutien du CPAP obligatoire pour le harcèlement sexuel, les cas impliquant un chef de service ou un fonctionnaire dirigeant et les problèmes de groupe",
            "en": "Practice of the Flemish government (GDPB, seed 004): PAPS support is mandatory for unwanted sexual behaviour, cases involving a department head or senior official, and group problems"}),
    ],
    # where a list comes from, as the rules cite theirs
    "list_sources": {
        "risk_domains": {
            "nl": "Welzijnswet van 4 augustus 1996, art. 32/1: psychosociale risico's zijn het gevolg van een blootstelling aan elementen van de arbeidsorganisatie, de arbeidsinhoud, de arbeidsvoorwaarden, de arbeidsomstandigheden en de interpersoonlijke relaties op het werk; Codex welzijn op het werk boek I titel 3 (de risicoanalyse van de preventieadviseur volgt deze vijf domeinen). Het artikelnummer staat niet in onze seed-teksten: check",
            "fr": "Loi du 4 août 1996 relative au bien-être, art. 32/1 : les risques psychosociaux résultent d'une exposition à des éléments de l'organisation du travail, du contenu du travail, des conditions de travail, des conditions de vie au travail et des relations interpersonnelles au travail ; Code du bien-être au travail livre I titre 3. Numéro d'article absent de nos textes de référence : à vérifier",
            "en": "Well-being at Work Act of 4 August 1996, art. 32/1: psychosocial risks arise from exposure to elements of the work organisation, work content, terms of employment, working conditions and interpersonal relations at work; Codex book I title 3 (the prevention adviser's risk analysis follows these five domains). The article number is not in our seed texts: check"},
    },
    "lists": {
        "themes": [
            L("stress", "Stress", "Stress", "Stress", group="psychosocial"),
            L("burnout", "Burn-out", "Burn-out", "Burn-out", group="psychosocial"),
            L("conflict", "Conflict", "Conflit", "Conflict", group="behaviour"),
            L("violence", "Geweld", "Violence", "Violence", group="behaviour"),
            L("bullying", "Pesterijen", "Harcèlement moral", "Bullying / harassment", group="behaviour"),
            L("sexual_harassment", "Ongewenst seksueel gedrag op het werk (OSGW)", "Harcèlement sexuel au travail", "Unwanted sexual behaviour at work", paps_mandatory=True, group="behaviour"),
            L("aggression", "Agressie", "Agression", "Aggression", group="behaviour"),
            L("trauma", "Trauma", "Traumatisme", "Trauma", group="psychosocial"),
            L("suicide", "Zelfdoding(sgedachten)", "Suicide (idées suicidaires)", "Suicide (suicidal thoughts)", group="psychosocial", crisis=True),
            L("alcohol_drugs", "Alcohol en drugs", "Alcool et drogues", "Alcohol and drugs", group="psychosocial"),
            L("workload", "Werkdruk / arbeidsorganisatie", "Charge de travail / organisation du travail", "Workload / work organisation", group="psychosocial"),
            L("private", "Privéproblemen (individuele sfeer)", "Problèmes privés (sphère individuelle)", "Private problems (individual sphere)", group="psychosocial"),
            L("discrimination", "Discriminatie", "Discrimination", "Discrimination", group="behaviour"),
            L("other", "Andere", "Autre", "Other"),
        ],
        # the five domains through which the law defines psychosocial risks (see list_sources)
        "risk_domains": [
            L("work_organisation", "Arbeidsorganisatie", "Organisation du travail", "Work organisation"),
            L("work_content", "Arbeidsinhoud", "Contenu du travail", "Work content"),
            L("employment_conditions", "Arbeidsvoorwaarden", "Conditions de travail", "Terms of employment"),
            L("working_conditions", "Arbeidsomstandigheden", "Conditions de vie au travail", "Working conditions"),
            L("interpersonal_relations", "Interpersoonlijke relaties op het werk", "Relations interpersonnelles au travail", "Interpersonal relations at work"),
        ],
        "channels": COMMON["channels"] + [
            L("via_prevention", "Via PAPS / preventieadviseur", "Via le CPAP / conseiller en prévention", "Via prevention adviser (PAPS)"),
        ],
        "intervention_types": [
            L("conversation", "Gesprek (onthaal, informatie, advies)", "Entretien (accueil, information, conseil)", "Conversation (listening, information, advice)", third_party=False),
            L("intervention_other", "Interventie bij een andere persoon van de onderneming", "Intervention auprès d'une autre personne de l'entreprise", "Intervention with another person in the organisation", third_party=True),
            L("reconciliation", "Verzoening", "Conciliation", "Reconciliation", third_party=True, both_parties=True),
        ],
        "referral_destinations": [
            L("paps", "Preventieadviseur psychosociale aspecten (PAPS)", "Conseiller en prévention aspects psychosociaux", "Prevention adviser psychosocial aspects (PAPS)"),
            L("occupational_physician", "Arbeidsarts", "Médecin du travail", "Occupational physician"),
            L("supervisor", "Leidinggevende", "Supérieur hiérarchique", "Supervisor"),
            L("hr", "HR / personeelsdienst", "RH / service du personnel", "HR"),
            L("external_help", "Externe hulpverlening (psycholoog, huisarts, CAW)", "Aide externe (psychologue, médecin traitant, CAW)", "External help (psychologist, GP, CAW)"),
            L("legal", "Juridisch advies", "Conseil juridique", "Legal advice"),
            L("mediator", "Bemiddelaar", "Médiateur", "Mediator"),
            L("whistleblower", "Extern meldkanaal (integriteit)", "Canal de signalement externe (intégrité)", "External reporting channel (integrity)"),
            L("police", "Politie", "Police", "Police"),
            L("union", "Vakbond", "Syndicat", "Trade union"),
            L("other", "Andere", "Autre", "Other"),
        ],
        # the national help line shown on the crisis card (seed 000: a crisis procedure); nothing is dialled
        "crisis_lines": [
            L("zelfmoordlijn", "Zelfmoordlijn 1813", "Zelfmoordlijn 1813 (ligne néerlandophone)", "Zelfmoordlijn 1813 (Dutch-language line)",
              phones=["1813"], web="www.zelfmoord1813.be"),
        ],
        # to whom the confidant gives signals and advice (seeds 000, 003, 004: the prevention adviser
        # psychosocial aspects; the employer; the committee for prevention and protection at work)
        "signal_addressees": [
            L("management", "Werkgever / directie", "Employeur / direction", "Employer / management"),
            L("line_management", "Hiërarchische lijn", "Ligne hiérarchique", "Line management"),
            L("works_council", "Comité voor preventie en bescherming op het werk (CPBW)", "Comité pour la prévention et la protection au travail (CPPT)", "Committee for prevention and protection at work (CPBW)"),
            L("prevention_adviser", "Preventieadviseur psychosociale aspecten (PAPS)", "Conseiller en prévention aspects psychosociaux (CPAP)", "Prevention adviser psychosocial aspects (PAPS)"),
            L("hr", "Personeelsdienst / HR", "Service du personnel / RH", "Personnel department / HR"),
            L("other", "Andere", "Autre", "Other"),
        ],
        "register_types": [
            L("violence", "Geweld", "Violence", "Violence"),
            L("harassment", "Pesterijen", "Harcèlement moral", "Harassment"),
            L("sexual", "Ongewenst seksueel gedrag", "Harcèlement sexuel", "Unwanted sexual behaviour"),
        ],
        "third_party_capacities": [
            L("client", "Klant", "Client", "Client"),
            L("patient", "Patiënt", "Patient", "Patient"),
            L("pupil", "Leerling / student", "Élève / étudiant", "Pupil / student"),
            L("visitor", "Bezoeker", "Visiteur", "Visitor"),
            L("supplier", "Leverancier / aannemer", "Fournisseur / entrepreneur", "Supplier / contractor"),
            L("other", "Andere", "Autre", "Other"),
        ],
    },
}

NL_WORDS = {"other": "Overig"}  # "Andere" is Flemish
NL_ACTIVITY_WORDS = {
    "basic_training": "Basisopleiding vertrouwenspersoon",
    "extra_training": "Bij- en nascholing",
    "paps_consultation": "Overleg met de preventiemedewerker / arbodienst",
    "prevention": "Voorlichting en preventie (voorlichting, risico-inventarisatie, werkgroep)",
}
NL_CONSENT_WORDS = {"intervention_other": "Interventie bij een ander in de organisatie",
                    "reconciliation": "Gesprek met beide partijen", "other": "Overig"}

NL_REQUESTER_WORDS = {"witness": "Getuige of omstander", "former_employee": "Oud-medewerker"}

NL = {
    "name": {"nl": "Nederland", "fr": "Pays-Bas", "en": "Netherlands"},
    "law": {"nl": "Arbowet (psychosociale arbeidsbelasting), Wet bescherming klokkenluiders", "fr": "Arbowet (charge psychosociale), loi sur la protection des lanceurs d'alerte", "en": "Dutch Working Conditions Act (PSA), Whistleblowers Protection Act"},
    "retention_years_after_closure": 1,
    "register_retention_years": 0,
    "first_hearing_days": None,
    "has_register": False,
    "wording": {
        "confidant": {"nl": "vertrouwenspersoon", "fr": "personne de confiance", "en": "confidential adviser"},
        "prevention_adviser": {"nl": "preventiemedewerker / arbodienst", "fr": "conseiller en prévention / service de santé au travail", "en": "prevention officer / occupational health service"},
        "occupational_physician": {"nl": "bedrijfsarts", "fr": "médecin du travail", "en": "company doctor"},
    },
    "rules": [
        R("lvv_basic_course", "practice", "NL", {
            "nl": "Beroepspraktijk (LVV-registratie en accreditatie): een basisopleiding vertrouwenspersoon; geen wettelijke termijn (LVV-eisen: check)",
            "fr": "Pratique professionnelle (enregistrement LVV) : une formation de base ; pas de délai légal (exigences LVV : à vérifier)",
            "en": "Professional practice (LVV registration and accreditation): a basic course; no legal deadline (LVV requirements: check)"}),
        R("lvv_further_training", "practice", "NL", {
            "nl": "Beroepspraktijk (LVV-registratie): jaarlijkse bij- en nascholing; seed 001 noemt “opleiding en bijscholing” (aantal uren: check)",
            "fr": "Pratique professionnelle (enregistrement LVV) : formation continue annuelle (nombre d'heures : à vérifier)",
            "en": "Professional practice (LVV registration): yearly further training (bij- en nascholing); seed 001 mentions “opleiding en bijscholing” (hours: check)"}),
        R("certificates", "practice", "NL", {
            "nl": "Beroepspraktijk (LVV-registratie): bewijs van gevolgde opleiding en bij- en nascholing bewaren (LVV-eisen: check)",
            "fr": "Pratique professionnelle (enregistrement LVV) : conserver la preuve des formations suivies (exigences LVV : à vérifier)",
            "en": "Professional practice (LVV registration): keep proof of the basic course and further training (LVV requirements: check)"}),
        R("crisis_procedure", "practice", "NL", {
            "nl": "Praktijk (seed 000): “Uitgewerkte procedures bepalen specifieke scenario’s en verantwoordelijkheden. Zo weet iedereen wat te doen als zich een mentale crisis voordoet.” Hulplijn: 113 Zelfmoordpreventie",
            "fr": "Pratique (seed 000) : des procédures définissent scénarios et responsabilités en cas de crise mentale. Ligne d'aide : 113 Zelfmoordpreventie",
            "en": "Practice (seed 000): “Uitgewerkte procedures bepalen specifieke scenario’s en verantwoordelijkheden. Zo weet iedereen wat te doen als zich een mentale crisis voordoet.” Help line: 113 Zelfmoordpreventie"}),
        R("mediation", "practice", "NL", {
            "nl": "Seed 001: “Ik ben geen coach, hulpverlener of bemiddelaar.” Bemiddeling alleen waar de organisatie dat toestaat",
            "fr": "Seed 001 : la personne de confiance n'est pas médiatrice ; médiation seulement si l'organisation l'autorise",
            "en": "Seed 001: “Ik ben geen coach, hulpverlener of bemiddelaar.” Mediation only where the organisation allows it"},
            default=False),
    ],
    "lists": {
        "themes": [
            L("intimidation", "Intimidatie", "Intimidation", "Intimidation", group="behaviour"),
            L("bullying", "Pesten", "Harcèlement moral", "Bullying", group="behaviour"),
            L("aggression_violence", "Agressie en geweld", "Agression et violence", "Aggression and violence", group="behaviour"),
            L("threat", "Bedreiging", "Menace", "Threat", group="behaviour"),
            L("discrimination", "Discriminatie", "Discrimination", "Discrimination", group="behaviour"),
            L("sexual_harassment", "Seksuele intimidatie", "Harcèlement sexuel", "Sexual harassment", group="behaviour"),
            L("conflict", "Conflict op het werk", "Conflit au travail", "Conflict at work", group="behaviour"),
            L("workload", "Werkdruk (buiten het mandaat, wel geteld)", "Charge de travail (hors mandat, comptée)", "Workload (outside the mandate, counted)", group="behaviour"),
            L("theft_fraud", "Diefstal, verduistering, fraude", "Vol, détournement, fraude", "Theft, embezzlement, fraud", group="integrity"),
            L("corruption", "Corruptie (omkoping, machtsmisbruik, vriendjespolitiek)", "Corruption (pots-de-vin, abus de pouvoir, favoritisme)", "Corruption (bribery, abuse of power, favouritism)", group="integrity"),
            L("extortion", "Afpersing / chantage", "Extorsion / chantage", "Extortion / blackmail", group="integrity"),
            L("misuse", "Misbruik van informatie of middelen", "Abus d'informations ou de moyens", "Misuse of information or resources", group="integrity"),
            L("side_activities", "Onaanvaardbare nevenactiviteiten", "Activités accessoires inacceptables", "Unacceptable side activities", group="integrity"),
            L("conflict_of_interest", "Belangenverstrengeling", "Conflit d'intérêts", "Conflict of interest", group="integrity"),
            # not in the NL list of domain.md: added so the crisis card (113) has its trigger (issue 15)
            L("suicide", "Suïcidale gedachten", "Idées suicidaires", "Suicidal thoughts", crisis=True),
            L("other", "Overig", "Autre", "Other"),
        ],
        "risk_domains": [],
        "channels": COMMON["channels"] + [
            L("via_prevention", "Via bedrijfsarts / arbodienst", "Via le médecin du travail", "Via company doctor / occupational health service"),
        ],
        "intervention_types": [
            L("conversation", "Opvang, advies en begeleiding", "Accueil, conseil et accompagnement", "Support, advice and guidance", third_party=False),
            L("intervention_other", "Interventie bij een ander in de organisatie", "Intervention auprès d'une autre personne de l'organisation", "Intervention with another person in the organisation", third_party=True),
            L("reconciliation", "Gesprek met beide partijen (beide stemmen in)", "Entretien avec les deux parties (les deux y consentent)", "Conversation with both parties (both agree)", third_party=True, both_parties=True,
              # seed 001: "geen ... bemiddelaar"; this wording only where the organisation allows mediation
              label_if_mediation={"nl": "Bemiddeling (beide partijen stemmen in)", "fr": "Médiation (les deux parties y consentent)", "en": "Mediation (both parties agree)"}),
        ],
        "referral_destinations": [
            L("prevention_officer", "Preventiemedewerker / arbodienst", "Conseiller en prévention / service de santé au travail", "Prevention officer / occupational health service"),
            L("occupational_physician", "Bedrijfsarts", "Médecin du travail", "Company doctor"),
            L("supervisor", "Leidinggevende", "Supérieur hiérarchique", "Supervisor"),
            L("hr", "HR / P&O", "RH", "HR"),
            L("external_help", "Externe hulpverlening (psycholoog, huisarts)", "Aide externe (psychologue, médecin traitant)", "External help (psychologist, GP)"),
            L("legal", "Juridisch advies", "Conseil juridique", "Legal advice"),
            L("mediator", "Mediator", "Médiateur", "Mediator"),
            L("complaints_committee", "Klachtencommissie", "Commission des plaintes", "Complaints committee"),
            L("whistleblower", "Huis voor Klokkenluiders / extern meldkanaal", "Maison des lanceurs d'alerte / canal externe", "Whistleblowers Authority / external channel"),
            L("police", "Politie", "Police", "Police"),
            L("union", "Vakbond", "Syndicat", "Trade union"),
            L("other", "Overig", "Autre", "Other"),
        ],
        "crisis_lines": [
            L("113", "113 Zelfmoordpreventie", "113 Zelfmoordpreventie", "113 Suicide Prevention",
              phones=["113", "0800-0113"], web="113.nl"),
        ],
        # seed 001: "gevraagd én ongevraagd advies aan directie, management en/of OR"; the
        # Arbo side (bedrijfsarts / arbodienst, preventiemedewerker) and P&O. Netherlands Dutch.
        "signal_addressees": [
            L("management", "Directie / management", "Direction / management", "Board / management"),
            L("line_management", "Leidinggevenden", "Supérieurs hiérarchiques", "Line managers"),
            L("works_council", "Ondernemingsraad (OR)", "Conseil d'entreprise (OR)", "Works council (OR)"),
            L("prevention_adviser", "Preventiemedewerker / bedrijfsarts / arbodienst", "Conseiller en prévention / médecin du travail / service de santé au travail", "Prevention officer / company doctor / occupational health service"),
            L("hr", "P&O / HR", "RH", "HR"),
            L("other", "Overig", "Autre", "Other"),
        ],
        "register_types": [],
        "third_party_capacities": [],
        # Netherlands Dutch where the common (Flemish) wording differs
        "contact_kinds": [L(i["key"], NL_WORDS.get(i["key"], i["label"]["nl"]), i["label"]["fr"], i["label"]["en"])
                          for i in COMMON["contact_kinds"]],
        "outcomes": [L(i["key"], NL_WORDS.get(i["key"], i["label"]["nl"]), i["label"]["fr"], i["label"]["en"])
                     for i in COMMON["outcomes"]],
        "own_activities": [L(i["key"], NL_ACTIVITY_WORDS.get(i["key"], i["label"]["nl"]), i["label"]["fr"], i["label"]["en"])
                           for i in COMMON["own_activities"]],
        "requester_positions": [L(i["key"], NL_REQUESTER_WORDS.get(i["key"], i["label"]["nl"]), i["label"]["fr"], i["label"]["en"])
                                for i in COMMON["requester_positions"]],
        "consent_scopes": [L(i["key"], NL_CONSENT_WORDS.get(i["key"], i["label"]["nl"]), i["label"]["fr"], i["label"]["en"])
                           for i in COMMON["consent_scopes"]],
    },
}

catalog = {"version": 1, "common": COMMON, "profiles": {"BE": BE, "NL": NL}}
out = Path(__file__).resolve().parent.parent / "src" / "vp_desk" / "domain" / "catalog.json"
out.write_text(json.dumps(catalog, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print("wrote", out)
