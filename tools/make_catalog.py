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
            L("suicide", "Zelfdoding(sgedachten)", "Suicide (idées suicidaires)", "Suicide (suicidal thoughts)", group="psychosocial"),
            L("alcohol_drugs", "Alcohol en drugs", "Alcool et drogues", "Alcohol and drugs", group="psychosocial"),
            L("workload", "Werkdruk / arbeidsorganisatie", "Charge de travail / organisation du travail", "Workload / work organisation", group="psychosocial"),
            L("private", "Privéproblemen (individuele sfeer)", "Problèmes privés (sphère individuelle)", "Private problems (individual sphere)", group="psychosocial"),
            L("other", "Andere", "Autre", "Other"),
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
    "lists": {
        "themes": [
            L("intimidation", "Intimidatie", "Intimidation", "Intimidation", group="behaviour"),
            L("bullying", "Pesten", "Harcèlement moral", "Bullying", group="behaviour"),
            L("aggression_violence", "Agressie en geweld", "Agression et violence", "Aggression and violence", group="behaviour"),
            L("threat", "Bedreiging", "Menace", "Threat", group="behaviour"),
            L("discrimination", "Discriminatie", "Discrimination", "Discrimination", group="behaviour"),
            L("sexual_harassment", "Seksuele intimidatie", "Harcèlement sexuel", "Sexual harassment", group="behaviour"),
            L("workload", "Werkdruk (buiten het mandaat, wel geteld)", "Charge de travail (hors mandat, comptée)", "Workload (outside the mandate, counted)", group="behaviour"),
            L("theft_fraud", "Diefstal, verduistering, fraude", "Vol, détournement, fraude", "Theft, embezzlement, fraud", group="integrity"),
            L("corruption", "Corruptie (omkoping, machtsmisbruik, vriendjespolitiek)", "Corruption (pots-de-vin, abus de pouvoir, favoritisme)", "Corruption (bribery, abuse of power, favouritism)", group="integrity"),
            L("extortion", "Afpersing / chantage", "Extorsion / chantage", "Extortion / blackmail", group="integrity"),
            L("misuse", "Misbruik van informatie of middelen", "Abus d'informations ou de moyens", "Misuse of information or resources", group="integrity"),
            L("side_activities", "Onaanvaardbare nevenactiviteiten", "Activités accessoires inacceptables", "Unacceptable side activities", group="integrity"),
            L("conflict_of_interest", "Belangenverstrengeling", "Conflit d'intérêts", "Conflict of interest", group="integrity"),
            L("other", "Andere", "Autre", "Other"),
        ],
        "channels": COMMON["channels"] + [
            L("via_prevention", "Via bedrijfsarts / arbodienst", "Via le médecin du travail", "Via company doctor / occupational health service"),
        ],
        "intervention_types": [
            L("conversation", "Opvang, advies en begeleiding", "Accueil, conseil et accompagnement", "Support, advice and guidance", third_party=False),
            L("intervention_other", "Interventie bij een ander in de organisatie", "Intervention auprès d'une autre personne de l'organisation", "Intervention with another person in the organisation", third_party=True),
            L("reconciliation", "Bemiddeling (beide partijen stemmen in)", "Médiation (les deux parties y consentent)", "Mediation (both parties agree)", third_party=True, both_parties=True),
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
            L("other", "Andere", "Autre", "Other"),
        ],
        "register_types": [],
        "third_party_capacities": [],
    },
}

catalog = {"version": 1, "common": COMMON, "profiles": {"BE": BE, "NL": NL}}
out = Path(__file__).resolve().parent.parent / "src" / "vp_desk" / "domain" / "catalog.json"
out.write_text(json.dumps(catalog, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print("wrote", out)
