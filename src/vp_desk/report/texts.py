"""The report's own wording in the organisation's language (nl/fr/en).

The PDF follows the organisation's language, not the interface language, so its words
live here beside the catalog labels rather than in the UI's Qt translations. The Dutch of
``TEXTS`` is Belgian (Flemish); a Netherlands organisation's Dutch report reads
``NL_PROFILE`` where the two differ: :func:`report_lang` turns ("nl", "NL") into the
variant code ``nl-NL`` that :func:`text` and the catalog labels understand (a catalog label
without an ``nl-NL`` entry falls back to ``nl``; the NL profile's lists carry Netherlands
Dutch already).
"""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "title": {"nl": "Jaarverslag van de vertrouwenspersoon", "fr": "Rapport annuel de la personne de confiance",
              "en": "Yearly report of the confidant"},
    "title_nl_profile": {"nl": "Jaarverslag van de vertrouwenspersoon", "fr": "Rapport annuel de la personne de confiance",
                         "en": "Yearly report of the confidential adviser"},
    # a period other than twelve months (e.g. a quarter) is not a yearly report
    "period_title": {"nl": "Verslag van de vertrouwenspersoon", "fr": "Rapport de la personne de confiance",
                     "en": "Report of the confidant"},
    "period_title_nl_profile": {"nl": "Verslag van de vertrouwenspersoon", "fr": "Rapport de la personne de confiance",
                                "en": "Report of the confidential adviser"},
    "organisation": {"nl": "Organisatie", "fr": "Organisation", "en": "Organisation"},
    "period": {"nl": "Periode", "fr": "Période", "en": "Period"},
    "profile": {"nl": "Kader", "fr": "Cadre", "en": "Framework"},
    "generated": {"nl": "Opgemaakt op", "fr": "Établi le", "en": "Generated on"},
    "recipient": {"nl": "Bestemd voor", "fr": "Destiné à", "en": "For"},
    "recipient_BE": {"nl": "de werkgever en het Comité voor preventie en bescherming op het werk",
                     "fr": "l'employeur et le Comité pour la prévention et la protection au travail",
                     "en": "the employer and the Committee for prevention and protection at work"},
    "recipient_NL": {"nl": "de directie en de ondernemingsraad", "fr": "la direction et le conseil d'entreprise",
                     "en": "the management and the works council"},
    "confidant": {"nl": "Vertrouwenspersoon", "fr": "Personne de confiance", "en": "Confidant"},
    "anonymity": {
        "nl": "Dit verslag bevat uitsluitend geanonimiseerde aantallen. Aantallen van 1 tot {t1} worden "
              "weergegeven als \u201c<{t}\u201d; waar nodig zijn ook andere cellen verborgen (\u201cx\u201d) zodat geen "
              "verborgen aantal kan worden afgeleid. Er staan geen namen, data of beschrijvingen in.",
        "fr": "Ce rapport ne contient que des nombres anonymisés. Les nombres de 1 à {t1} sont affichés "
              "\u00ab <{t} \u00bb ; au besoin, d'autres cellules sont masquées (\u00ab x \u00bb) afin qu'aucun "
              "nombre masqué ne puisse être déduit. Il ne contient ni noms, ni dates, ni descriptions.",
        "en": "This report contains anonymous counts only. Counts from 1 to {t1} are shown as \u201c<{t}\u201d; "
              "where needed other cells are hidden too (\u201cx\u201d), so that no hidden count can be "
              "worked out. It holds "
              "no names, dates or descriptions."},
    "activity": {"nl": "Activiteit", "fr": "Activité", "en": "Activity"},
    "new_requests": {"nl": "Nieuwe verzoeken", "fr": "Nouvelles demandes", "en": "New requests"},
    "open_at_start": {"nl": "Lopende dossiers bij de start van de periode", "fr": "Dossiers en cours au début de la période",
                      "en": "Dossiers open at the start of the period"},
    "open_at_end": {"nl": "Lopende dossiers op het einde van de periode", "fr": "Dossiers en cours à la fin de la période",
                    "en": "Dossiers open at the end of the period"},
    "closed": {"nl": "Afgesloten dossiers", "fr": "Dossiers clôturés", "en": "Dossiers closed"},
    "contacts": {"nl": "Gesprekken en contacten", "fr": "Entretiens et contacts", "en": "Conversations and contacts"},
    "hours": {"nl": "Uren besteed aan gesprekken", "fr": "Heures consacrées aux entretiens", "en": "Hours spent in conversations"},
    "senior_involved": {"nl": "Verzoeken waarbij een diensthoofd of hogere functie betrokken is",
                        "fr": "Demandes impliquant un chef de service ou un membre de la ligne hiérarchique", "en": "Requests involving a department head or senior official"},
    "group_problem": {"nl": "Groepsproblemen", "fr": "Problèmes de groupe", "en": "Group problems"},
    "formal_referrals": {"nl": "Doorverwijzingen bij overweging van een formeel verzoek",
                         "fr": "Orientations en vue d'une demande formelle", "en": "Referrals when a formal request was considered"},
    "channel": {"nl": "Verzoeken per kanaal", "fr": "Demandes par canal", "en": "Requests per channel"},
    "themes_section": {"nl": "Thema's en context", "fr": "Thèmes et contexte", "en": "Themes and context"},
    "themes": {"nl": "Thema's (meerdere per verzoek mogelijk)", "fr": "Thèmes (plusieurs par demande possibles)",
               "en": "Themes (several per request possible)"},
    "sphere": {"nl": "Werkgerelateerd of individuele sfeer", "fr": "Lié au travail ou sphère individuelle",
               "en": "Work-related or individual sphere"},
    "relation": {"nl": "Relatie tot de andere partij", "fr": "Relation avec l'autre partie", "en": "Relation to the other party"},
    "interventions": {"nl": "Tussenkomsten per soort", "fr": "Interventions par type", "en": "Interventions per type"},
    "referrals": {"nl": "Doorverwijzingen per bestemming", "fr": "Orientations par destination", "en": "Referrals per destination"},
    "outcomes": {"nl": "Afgesloten dossiers per resultaat", "fr": "Dossiers clôturés par résultat", "en": "Closed dossiers per outcome"},
    "gender": {"nl": "Verzoeken per gender", "fr": "Demandes par genre", "en": "Requests per gender"},
    "age_band": {"nl": "Verzoeken per leeftijdsgroep", "fr": "Demandes par tranche d'âge", "en": "Requests per age band"},
    "role": {"nl": "Verzoeken per functie", "fr": "Demandes par fonction", "en": "Requests per role"},
    "recurring": {"nl": "Terugkerende signalen", "fr": "Signaux récurrents", "en": "Recurring signals"},
    "recurring_text": {"nl": "Thema's die in minstens {n} verzoeken terugkomen:",
                       "fr": "Thèmes revenant dans au moins {n} demandes :",
                       "en": "Themes that recur in at least {n} requests:"},
    "recurring_none": {"nl": "Geen thema kwam in {n} of meer verzoeken voor.",
                       "fr": "Aucun thème n'est revenu dans {n} demandes ou plus.",
                       "en": "No theme recurred in {n} or more requests."},
    "recurring_withheld": {"nl": "De thema's worden in dit verslag niet getoond (zie hierboven), dus ook geen terugkerende.",
                           "fr": "Les thèmes ne sont pas affichés dans ce rapport (voir ci-dessus), ni donc les thèmes récurrents.",
                           "en": "The themes are not shown in this report (see above), so neither are recurring ones."},
    "register": {"nl": "Register van feiten door derden", "fr": "Registre des faits de tiers",
                 "en": "Register of facts by third parties"},
    "register_entries": {"nl": "Inschrijvingen in het register", "fr": "Inscriptions au registre", "en": "Register entries"},
    "own": {"nl": "Eigen werking van de vertrouwenspersoon", "fr": "Activités propres de la personne de confiance",
            "en": "The confidant's own activity"},
    "own_hours": {"nl": "Uren", "fr": "Heures", "en": "Hours"},
    "own_count": {"nl": "Aantal", "fr": "Nombre", "en": "Number"},
    "own_none": {"nl": "Geen eigen activiteiten geregistreerd in deze periode.",
                 "fr": "Aucune activité propre enregistrée pour cette période.",
                 "en": "No own activities recorded in this period."},
    "signals": {"nl": "Signalen en adviezen van de vertrouwenspersoon", "fr": "Signaux et avis de la personne de confiance",
                "en": "Signals and advice given by the confidant"},
    "signals_none": {"nl": "Geen signalen of adviezen geregistreerd in deze periode.",
                     "fr": "Aucun signal ni avis enregistré pour cette période.",
                     "en": "No signals or advice recorded in this period."},
    "signals_total": {"nl": "Signalen en adviezen gegeven", "fr": "Signaux et avis donnés", "en": "Signals and advice given"},
    "signals_asked": {"nl": "waarvan gevraagd", "fr": "dont sur demande", "en": "of which asked for"},
    "signals_unasked": {"nl": "waarvan ongevraagd", "fr": "dont d'initiative", "en": "of which unasked"},
    "signals_to": {"nl": "Aan: {who}", "fr": "À : {who}", "en": "To: {who}"},
    "recommendations": {"nl": "Signalen en aanbevelingen", "fr": "Signaux et recommandations",
                        "en": "Signals and recommendations"},
    "recommendations_note": {"nl": "Tekst van de vertrouwenspersoon, voor de export nagekeken op woorden die iemand "
                                   "kunnen identificeren.",
                             "fr": "Texte de la personne de confiance, vérifié avant l'export pour qu'aucun mot ne "
                                   "permette d'identifier quelqu'un.",
                             "en": "Written by the confidant and checked before export for words that could identify "
                                   "anyone."},
    "category": {"nl": "Categorie", "fr": "Catégorie", "en": "Category"},
    "count": {"nl": "Aantal", "fr": "Nombre", "en": "Count"},
    "total": {"nl": "Totaal", "fr": "Total", "en": "Total"},
    "unknown": {"nl": "Niet vastgelegd", "fr": "Non renseigné", "en": "Not recorded"},
    "withheld": {"nl": "Deze tabel wordt niet getoond: de aantallen zijn te klein om anoniem te blijven.",
                 "fr": "Ce tableau n'est pas affiché : les nombres sont trop petits pour rester anonymes.",
                 "en": "This table is not shown: the counts are too small to stay anonymous."},
    "too_few": {"nl": "In deze periode waren er minder dan {t} nieuwe verzoeken (\u201c<{t} verzoeken\u201d). Om de anonimiteit "
                      "te beschermen bevat dit verslag geen verdere cijfers over verzoeken.",
                "fr": "Au cours de cette période, il y a eu moins de {t} nouvelles demandes (\u00ab <{t} demandes \u00bb). Pour "
                      "protéger l'anonymat, ce rapport ne contient pas d'autres chiffres sur les demandes.",
                "en": "There were fewer than {t} new requests in this period (\u201c<{t} requests\u201d). To protect "
                      "anonymity this report holds no further figures about requests."},
    "theme_groups": {"nl": "Thema's per groep (verzoeken per thema opgeteld)", "fr": "Thèmes par groupe (somme des thèmes)",
                     "en": "Themes per group (theme counts added up)"},
    "requester": {"nl": "Wie vraagt: verzoeken per positie van de verzoeker", "fr": "Qui demande : demandes par position du demandeur",
                  "en": "Who asks: requests per position of the requester"},
    "domains": {"nl": "Risicodomeinen van de psychosociale risico's (meerdere per verzoek mogelijk)",
                "fr": "Domaines des risques psychosociaux (plusieurs par demande possibles)",
                "en": "Domains of the psychosocial risks (several per request possible)"},
    "group_requests": {"nl": "Verzoeken per themagroep (een verzoek telt één keer per groep)",
                       "fr": "Demandes par groupe de thèmes (une demande compte une fois par groupe)",
                       "en": "Requests per theme group (a request counts once per group)"},
    "group_behaviour": {"nl": "Ongewenst gedrag", "fr": "Comportements indésirables", "en": "Unwanted behaviour"},
    "group_integrity": {"nl": "Integriteit", "fr": "Intégrité", "en": "Integrity"},
    "group_psychosocial": {"nl": "Psychosociale belasting", "fr": "Charge psychosociale", "en": "Psychosocial strain"},
    "running": {"nl": "Deze periode was nog niet afgelopen toen dit verslag werd opgemaakt.",
                "fr": "Cette période n'était pas encore terminée lorsque ce rapport a été établi.",
                "en": "This period was not yet over when this report was made."},
    "edition": {"nl": "Verbeterde uitgave {n}", "fr": "Édition corrigée {n}", "en": "Corrected edition {n}"},
    "page": {"nl": "Pagina {n}", "fr": "Page {n}", "en": "Page {n}"},
    "footer": {"nl": "Opgemaakt met VP Desk \u2014 enkel anonieme aantallen",
               "fr": "Établi avec VP Desk \u2014 nombres anonymes uniquement",
               "en": "Made with VP Desk \u2014 anonymous counts only"},
}


NL_NL = "nl-NL"  # the Dutch of the Netherlands profile

# Netherlands Dutch where it differs from the Flemish wording above ("tussenkomst", "op het
# einde", "enkel", "werking" are Belgian usage)
NL_PROFILE: dict[str, str] = {
    "generated": "Opgesteld op",
    "open_at_start": "Lopende dossiers aan het begin van de periode",
    "open_at_end": "Lopende dossiers aan het eind van de periode",
    "interventions": "Interventies per soort",
    "formal_referrals": "Doorverwijzingen bij overweging van een formele klacht of melding",
    "own": "Eigen activiteiten van de vertrouwenspersoon",
    "recommendations_note": "Tekst van de vertrouwenspersoon, voor de export gecontroleerd op woorden die iemand "
                            "kunnen identificeren.",
    "group_behaviour": "Ongewenste omgangsvormen",
    "group_requests": "Subtotalen: verzoeken over ongewenste omgangsvormen en over integriteit (een verzoek telt één keer per groep)",
    "group_psychosocial": "Psychosociale arbeidsbelasting",
    "footer": "Gemaakt met VP Desk \u2014 alleen anonieme aantallen",
}


def report_lang(lang: str, profile_code: str) -> str:
    """The language code the report's words are looked up in: ``nl-NL`` for a Dutch report
    of a Netherlands organisation, else ``lang``."""
    return NL_NL if lang == "nl" and profile_code == "NL" else lang


# English for a Netherlands organisation: the Dutch "vertrouwenspersoon" is a confidential
# adviser there (as the NL report's title says), not a "confidant"
EN_NL_PROFILE: dict[str, str] = {
    "confidant": "Confidential adviser",
    "own": "The confidential adviser's own activity",
    "signals": "Signals and advice given by the confidential adviser",
    "recommendations_note": "Written by the confidential adviser and checked before export for words that could "
                            "identify anyone.",
}


def text(key: str, lang: str, profile_code: str | None = None, **params: object) -> str:
    """The report word ``key`` in ``lang``; ``profile_code`` "NL" picks the Netherlands
    English where it differs (``nl-NL`` already carries the profile for Dutch)."""
    entry = TEXTS[key]
    if lang == "en" and profile_code == "NL" and key in EN_NL_PROFILE:
        value = EN_NL_PROFILE[key]
    else:
        value = (NL_PROFILE.get(key) if lang == NL_NL else entry.get(lang)) or entry["nl"]
    return value.format(**params) if params else value


def number(value: str | float, lang: str) -> str:
    """A decimal in the report's language: "7,5" in Dutch and French, "7.5" in English;
    whole numbers without decimals."""
    try:
        f = float(value)
    except (TypeError, ValueError):
        return str(value)
    out = f"{f:.0f}" if f == int(f) else f"{f:.1f}"
    return out.replace(".", ",") if lang in ("nl", "fr", NL_NL) else out
