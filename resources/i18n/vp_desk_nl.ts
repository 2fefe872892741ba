<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl">
  <context>
    <name>AccessView</name>
    <message>
      <source>Access view</source>
      <translation>Inzageweergave</translation>
    </message>
    <message>
      <source>What is stored about the requester</source>
      <translation>Wat over de verzoeker bewaard is</translation>
    </message>
    <message>
      <source>Show my working notes (contact, intervention and referral notes)</source>
      <translation>Mijn werkaantekeningen tonen (notities bij contacten, interventies en doorverwijzingen)</translation>
    </message>
    <message>
      <source>Show working notes</source>
      <translation>Werkaantekeningen tonen</translation>
    </message>
    <message>
      <source>Working notes of the confidant</source>
      <translation>Werkaantekeningen van de vertrouwenspersoon</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Sluiten</translation>
    </message>
    <message>
      <source>Read only. Go through this with the requester on screen; nothing is printed or exported.</source>
      <translation>Alleen lezen. Overloop dit samen met de verzoeker op het scherm; er wordt niets afgedrukt of geëxporteerd.</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>ja</translation>
    </message>
    <message>
      <source>no</source>
      <translation>nee</translation>
    </message>
    <message>
      <source>Dossier %1</source>
      <translation>Dossier %1</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>Organisatie</translation>
    </message>
    <message>
      <source>Pseudonym / code</source>
      <translation>Pseudoniem / code</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Naam</translation>
    </message>
    <message>
      <source>(not recorded)</source>
      <translation>(niet vastgelegd)</translation>
    </message>
    <message>
      <source>Date of the request</source>
      <translation>Datum van het verzoek</translation>
    </message>
    <message>
      <source>Date of the intake</source>
      <translation>Datum van de intake</translation>
    </message>
    <message>
      <source>Channel</source>
      <translation>Kanaal</translation>
    </message>
    <message>
      <source>Themes</source>
      <translation>Thema's</translation>
    </message>
    <message>
      <source>Sphere</source>
      <translation>Sfeer</translation>
    </message>
    <message>
      <source>Other party</source>
      <translation>Andere partij</translation>
    </message>
    <message>
      <source>Gender</source>
      <translation>Gender</translation>
    </message>
    <message>
      <source>Age band</source>
      <translation>Leeftijdsgroep</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>Functie</translation>
    </message>
    <message>
      <source>Department head or senior official involved</source>
      <translation>Diensthoofd of hogere functie betrokken</translation>
    </message>
    <message>
      <source>Group problem</source>
      <translation>Groepsprobleem</translation>
    </message>
    <message>
      <source>Formal request considered</source>
      <translation>Formeel verzoek overwogen</translation>
    </message>
    <message>
      <source>Closing note: %1</source>
      <translation>Notitie bij afsluiting: %1</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>closed</source>
      <translation>afgesloten</translation>
    </message>
    <message>
      <source>open</source>
      <translation>open</translation>
    </message>
    <message>
      <source>Closed on</source>
      <translation>Afgesloten op</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation>Resultaat</translation>
    </message>
    <message>
      <source>To be erased on</source>
      <translation>Te wissen op</translation>
    </message>
    <message>
      <source>(open dossier: not yet set)</source>
      <translation>(open dossier: nog niet bepaald)</translation>
    </message>
    <message>
      <source>Aftercare conversation</source>
      <translation>Nazorggesprek</translation>
    </message>
    <message>
      <source>What you told at the intake</source>
      <translation>Wat u vertelde bij de intake</translation>
    </message>
    <message>
      <source>Closing note</source>
      <translation>Notitie bij afsluiting</translation>
    </message>
    <message>
      <source>Consents</source>
      <translation>Toestemmingen</translation>
    </message>
    <message>
      <source>withdrawn on %1</source>
      <translation>ingetrokken op %1</translation>
    </message>
    <message>
      <source>Contacts</source>
      <translation>Contacten</translation>
    </message>
    <message>
      <source>%1 min</source>
      <translation>%1 min</translation>
    </message>
    <message>
      <source>Interventions</source>
      <translation>Interventies</translation>
    </message>
    <message>
      <source>Referrals</source>
      <translation>Doorverwijzingen</translation>
    </message>
    <message>
      <source>contacted by me, with your consent</source>
      <translation>door mij gecontacteerd, met uw toestemming</translation>
    </message>
    <message>
      <source>advice: you contact them yourself</source>
      <translation>advies: u neemt zelf contact op</translation>
    </message>
    <message>
      <source>Paper documents</source>
      <translation>Papieren documenten</translation>
    </message>
    <message>
      <source>History</source>
      <translation>Geschiedenis</translation>
    </message>
    <message>
      <source>reopened</source>
      <translation>heropend</translation>
    </message>
    <message>
      <source>Contact</source>
      <translation>Contact</translation>
    </message>
    <message>
      <source>Prevention adviser psychosocial aspects (PAPS) involved</source>
      <translation>Preventieadviseur psychosociale aspecten (PAPS) betrokken</translation>
    </message>
    <message>
      <source>Intervention</source>
      <translation>Interventie</translation>
    </message>
    <message>
      <source>Referral</source>
      <translation>Doorverwijzing</translation>
    </message>
  </context>
  <context>
    <name>ActivityDialog</name>
    <message>
      <source>Own activity</source>
      <translation>Eigen activiteit</translation>
    </message>
    <message>
      <source>Activity</source>
      <translation>Activiteit</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <source> h</source>
      <translation> u</translation>
    </message>
    <message>
      <source>Hours</source>
      <translation>Uren</translation>
    </message>
    <message>
      <source>For which organisation</source>
      <translation>Voor welke organisatie</translation>
    </message>
    <message>
      <source>All organisations (my own training)</source>
      <translation>Alle organisaties (mijn eigen opleiding)</translation>
    </message>
    <message>
      <source>&amp;Proof of attendance filed on</source>
      <translation>Deelname&amp;bewijs bewaard op</translation>
    </message>
    <message>
      <source>&amp;Certificate filed on</source>
      <translation>Attest be&amp;waard op</translation>
    </message>
    <message>
      <source>The paper certificate was filed</source>
      <translation>Het papieren attest is bewaard</translation>
    </message>
    <message>
      <source>Date the certificate was filed</source>
      <translation>Datum waarop het attest werd bewaard</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Notitie</translation>
    </message>
    <message>
      <source>&amp;Activity:</source>
      <translation>&amp;Activiteit:</translation>
    </message>
    <message>
      <source>&amp;Date:</source>
      <translation>&amp;Datum:</translation>
    </message>
    <message>
      <source>&amp;Hours:</source>
      <translation>&amp;Uren:</translation>
    </message>
    <message>
      <source>&amp;For:</source>
      <translation>&amp;Voor:</translation>
    </message>
    <message>
      <source>&amp;Note:</source>
      <translation>&amp;Notitie:</translation>
    </message>
  </context>
  <context>
    <name>ActivityModel</name>
    <message>
      <source>Date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <source>Activity</source>
      <translation>Activiteit</translation>
    </message>
    <message>
      <source>Hours</source>
      <translation>Uren</translation>
    </message>
    <message>
      <source>For</source>
      <translation>Voor</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Notitie</translation>
    </message>
    <message>
      <source>Certificate</source>
      <translation>Attest</translation>
    </message>
    <message>
      <source>Proof of attendance</source>
      <translation>Deelnamebewijs</translation>
    </message>
    <message>
      <source>filed %1</source>
      <translation>bewaard %1</translation>
    </message>
    <message>
      <source>missing</source>
      <translation>ontbreekt</translation>
    </message>
    <message>
      <source>all organisations</source>
      <translation>alle organisaties</translation>
    </message>
  </context>
  <context>
    <name>AftercareDialog</name>
    <message>
      <source>Aftercare</source>
      <translation>Nazorg</translation>
    </message>
    <message>
      <source>A follow-up conversation with the requester, also after closing. From this date on it is listed under Due until you remove it.</source>
      <translation>Een nazorggesprek met de verzoeker, ook na het afsluiten. Vanaf deze datum staat het bij Te doen tot u het verwijdert.</translation>
    </message>
    <message>
      <source>Date of the aftercare conversation</source>
      <translation>Datum van het nazorggesprek</translation>
    </message>
    <message>
      <source>Planned on %1.</source>
      <translation>Gepland op %1.</translation>
    </message>
    <message>
      <source>No aftercare conversation planned.</source>
      <translation>Geen nazorggesprek gepland.</translation>
    </message>
    <message>
      <source>Aftercare status</source>
      <translation>Stand van de nazorg</translation>
    </message>
    <message>
      <source>&amp;Plan</source>
      <translation>&amp;Plannen</translation>
    </message>
    <message>
      <source>&amp;Done — remove it</source>
      <translation>&amp;Gedaan — verwijderen</translation>
    </message>
    <message>
      <source>The aftercare conversation took place: remove it</source>
      <translation>Het nazorggesprek heeft plaatsgevonden: verwijderen</translation>
    </message>
    <message>
      <source>&amp;Aftercare on:</source>
      <translation>&amp;Nazorg op:</translation>
    </message>
  </context>
  <context>
    <name>App</name>
    <message>
      <source>Unexpected error</source>
      <translation>Onverwachte fout</translation>
    </message>
    <message>
      <source>Something unexpected went wrong ({kind}). Your vault is safe: every saved change is kept; only the edit in progress may need to be done again.</source>
      <translation>Er ging iets onverwacht mis ({kind}). Uw kluis is veilig: elke opgeslagen wijziging blijft bewaard; enkel de bewerking die bezig was moet u misschien opnieuw doen.</translation>
    </message>
    <message>
      <source>Demo vault with invented data; its passphrase is “{p}”. It is deleted when you quit.</source>
      <translation>Demokluis met verzonnen gegevens; de wachtwoordzin is “{p}”. Ze wordt gewist wanneer u afsluit.</translation>
    </message>
  </context>
  <context>
    <name>Backup</name>
    <message>
      <source>Copying the encrypted vault…</source>
      <translation>De versleutelde kluis wordt gekopieerd…</translation>
    </message>
    <message>
      <source>Checking the copy…</source>
      <translation>De kopie wordt gecontroleerd…</translation>
    </message>
    <message>
      <source>Finishing…</source>
      <translation>Afronden…</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>Klaar</translation>
    </message>
    <message>
      <source>Checking the backup…</source>
      <translation>De reservekopie wordt gecontroleerd…</translation>
    </message>
    <message>
      <source>Copying the backup beside the vault…</source>
      <translation>De reservekopie wordt naast de kluis gezet…</translation>
    </message>
    <message>
      <source>Keeping the current vault aside…</source>
      <translation>De huidige kluis wordt apart bewaard…</translation>
    </message>
  </context>
  <context>
    <name>BlankFormsDialog</name>
    <message>
      <source>Blank forms</source>
      <translation>Blanco formulieren</translation>
    </message>
    <message>
      <source>Form</source>
      <translation>Formulier</translation>
    </message>
    <message>
      <source>Request for an informal psychosocial intervention</source>
      <translation>Verzoek tot informele psychosociale interventie</translation>
    </message>
    <message>
      <source>Document confirming the personal interview</source>
      <translation>Document ter bevestiging van het persoonlijk onderhoud</translation>
    </message>
    <message>
      <source>Language of the form</source>
      <translation>Taal van het formulier</translation>
    </message>
    <message>
      <source>The form is blank: nothing from the vault is written into it. Print it and fill it in by hand; record in the dossier (Dossier → Paper documents) when it was signed.</source>
      <translation>Het formulier is blanco: er komt niets uit de kluis in. Druk het af en vul het met de hand in; noteer in het dossier (Dossier → Papieren documenten) wanneer het ondertekend werd.</translation>
    </message>
    <message>
      <source>&amp;Save PDF…</source>
      <translation>PDF op&amp;slaan…</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Sluiten</translation>
    </message>
    <message>
      <source>&amp;Form:</source>
      <translation>&amp;Formulier:</translation>
    </message>
    <message>
      <source>&amp;Language:</source>
      <translation>&amp;Taal:</translation>
    </message>
    <message>
      <source>Save the blank form</source>
      <translation>Blanco formulier opslaan</translation>
    </message>
    <message>
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <source>The PDF could not be written: %1</source>
      <translation>De PDF kon niet worden geschreven: %1</translation>
    </message>
    <message>
      <source>The blank form was saved as %1.</source>
      <translation>Het blanco formulier werd opgeslagen als %1.</translation>
    </message>
  </context>
  <context>
    <name>ChangePassphraseDialog</name>
    <message>
      <source>Change passphrase</source>
      <translation>Wachtwoordzin wijzigen</translation>
    </message>
    <message>
      <source>Current passphrase</source>
      <translation>Huidige wachtwoordzin</translation>
    </message>
    <message>
      <source>New passphrase</source>
      <translation>Nieuwe wachtwoordzin</translation>
    </message>
    <message>
      <source>Repeat new passphrase</source>
      <translation>Herhaal de nieuwe wachtwoordzin</translation>
    </message>
    <message>
      <source>Write the new passphrase down and keep it somewhere safe. Backups made before now keep the old passphrase. A passphrase remembered in the keychain is forgotten.</source>
      <translation>Schrijf de nieuwe wachtwoordzin op en bewaar hem op een veilige plek. Reservekopieën van vóór nu houden de oude wachtwoordzin. Een wachtwoordzin die in de sleutelhanger bewaard is, wordt vergeten.</translation>
    </message>
    <message>
      <source>Error message</source>
      <translation>Foutmelding</translation>
    </message>
    <message>
      <source>&amp;Current passphrase:</source>
      <translation>&amp;Huidige wachtwoordzin:</translation>
    </message>
    <message>
      <source>&amp;New passphrase:</source>
      <translation>&amp;Nieuwe wachtwoordzin:</translation>
    </message>
    <message>
      <source>&amp;Repeat:</source>
      <translation>&amp;Herhaal:</translation>
    </message>
    <message>
      <source>Strength:</source>
      <translation>Sterkte:</translation>
    </message>
    <message>
      <source>Please type your current passphrase.</source>
      <translation>Typ uw huidige wachtwoordzin.</translation>
    </message>
    <message>
      <source>The two new passphrases are not the same.</source>
      <translation>De twee nieuwe wachtwoordzinnen zijn niet gelijk.</translation>
    </message>
    <message>
      <source>The new passphrase is the same as the current one.</source>
      <translation>De nieuwe wachtwoordzin is dezelfde als de huidige.</translation>
    </message>
    <message>
      <source>The current passphrase is wrong. Nothing was changed.</source>
      <translation>De huidige wachtwoordzin is fout. Er is niets gewijzigd.</translation>
    </message>
  </context>
  <context>
    <name>ClosureDialog</name>
    <message>
      <source>Delete-by date</source>
      <translation>Te wissen op</translation>
    </message>
    <message>
      <source>Reopen dossier</source>
      <translation>Dossier heropenen</translation>
    </message>
    <message>
      <source>Closed on %1 — %2.</source>
      <translation>Afgesloten op %1 — %2.</translation>
    </message>
    <message>
      <source>Delete-by date while closed: %1. Reopening cancels it; the closure stays in the history.</source>
      <translation>Te wissen op (zolang afgesloten): %1. Heropenen maakt dit ongedaan; de afsluiting blijft in de geschiedenis.</translation>
    </message>
    <message>
      <source>Date of reopening</source>
      <translation>Datum van heropening</translation>
    </message>
    <message>
      <source>&amp;Reopened on:</source>
      <translation>&amp;Heropend op:</translation>
    </message>
    <message>
      <source>Close dossier</source>
      <translation>Dossier afsluiten</translation>
    </message>
    <message>
      <source>Re&amp;open</source>
      <translation>Her&amp;openen</translation>
    </message>
    <message>
      <source>Close &amp;dossier</source>
      <translation>Dossier af&amp;sluiten</translation>
    </message>
    <message>
      <source>Closing date</source>
      <translation>Datum van afsluiting</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation>Resultaat</translation>
    </message>
    <message>
      <source>Closing note</source>
      <translation>Notitie bij afsluiting</translation>
    </message>
    <message>
      <source>&amp;Closed on:</source>
      <translation>&amp;Afgesloten op:</translation>
    </message>
    <message>
      <source>&amp;Outcome:</source>
      <translation>&amp;Resultaat:</translation>
    </message>
    <message>
      <source>&amp;Note:</source>
      <translation>&amp;Notitie:</translation>
    </message>
    <message>
      <source>&amp;Aftercare conversation on</source>
      <translation>Na&amp;zorggesprek op</translation>
    </message>
    <message>
      <source>Plan an aftercare conversation</source>
      <translation>Een nazorggesprek plannen</translation>
    </message>
    <message>
      <source>Date of the aftercare conversation</source>
      <translation>Datum van het nazorggesprek</translation>
    </message>
    <message>
      <source>Delete-by date after this closure: %1 (retention period of the organisation).</source>
      <translation>Te wissen op na deze afsluiting: %1 (bewaartermijn van de organisatie).</translation>
    </message>
  </context>
  <context>
    <name>ClosureHelp</name>
    <message>
      <source>Closing ends the follow-up. The dossier counts as closed in the yearly report of the year it closes in, and its retention period starts (the delete-by date is shown below). You can reopen it later; this closing stays in its history.</source>
      <translation>Afsluiten beëindigt de opvolging. Het dossier telt als afgesloten in het jaarverslag van het jaar waarin het afgesloten wordt, en de bewaartermijn begint te lopen (de datum waarop het gewist wordt, staat hieronder). U kunt het later heropenen; deze afsluiting blijft in de geschiedenis.</translation>
    </message>
    <message>
      <source>Outcome, counted anonymously in the report: %1.</source>
      <translation>Resultaat, anoniem geteld in het verslag: %1.</translation>
    </message>
    <message>
      <source>Aftercare: if you agreed to check in with the requester later, plan that contact before you close.</source>
      <translation>Nazorg: spraken u en de verzoeker af dat u later nog eens contact opneemt? Plan dat contact dan vóór u afsluit.</translation>
    </message>
    <message>
      <source>What closing does</source>
      <translation>Wat afsluiten doet</translation>
    </message>
    <message>
      <source>Reopening makes the dossier open again for new contacts, interventions and referrals. Its delete-by date is cancelled until it is closed again; the earlier closing (date, outcome and note) stays in its history.</source>
      <translation>Heropenen maakt het dossier opnieuw open voor nieuwe contacten, interventies en doorverwijzingen. De datum waarop het gewist wordt, vervalt tot het opnieuw afgesloten wordt; de vorige afsluiting (datum, resultaat en notitie) blijft in de geschiedenis.</translation>
    </message>
    <message>
      <source>What reopening does</source>
      <translation>Wat heropenen doet</translation>
    </message>
  </context>
  <context>
    <name>ConsentDialog</name>
    <message>
      <source>New consent</source>
      <translation>Nieuwe toestemming</translation>
    </message>
    <message>
      <source>Consent</source>
      <translation>Toestemming</translation>
    </message>
    <message>
      <source>Who consents</source>
      <translation>Wie geeft toestemming</translation>
    </message>
    <message>
      <source>The requester</source>
      <translation>De verzoeker</translation>
    </message>
    <message>
      <source>The other party</source>
      <translation>De andere partij</translation>
    </message>
    <message>
      <source>What the consent is for</source>
      <translation>Waarvoor de toestemming geldt</translation>
    </message>
    <message>
      <source>Date of the consent</source>
      <translation>Datum van de toestemming</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Omschrijving</translation>
    </message>
    <message>
      <source>For what exactly, with whom, how it was given …</source>
      <translation>Waarvoor precies, met wie, hoe ze gegeven werd …</translation>
    </message>
    <message>
      <source>&amp;Withdrawn on</source>
      <translation>&amp;Ingetrokken op</translation>
    </message>
    <message>
      <source>The consent was withdrawn</source>
      <translation>De toestemming werd ingetrokken</translation>
    </message>
    <message>
      <source>Date of the withdrawal</source>
      <translation>Datum van de intrekking</translation>
    </message>
    <message>
      <source>&amp;Given by:</source>
      <translation>&amp;Gegeven door:</translation>
    </message>
    <message>
      <source>&amp;For:</source>
      <translation>&amp;Voor:</translation>
    </message>
    <message>
      <source>&amp;Date:</source>
      <translation>&amp;Datum:</translation>
    </message>
    <message>
      <source>D&amp;escription:</source>
      <translation>&amp;Omschrijving:</translation>
    </message>
    <message>
      <source>A withdrawal keeps the consent in the history with the date it ended; interventions and referrals after that date need a new consent.</source>
      <translation>Bij intrekking blijft de toestemming in de geschiedenis met de datum waarop ze eindigde; interventies en doorverwijzingen na die datum vragen een nieuwe toestemming.</translation>
    </message>
  </context>
  <context>
    <name>ConsentStatus</name>
    <message>
      <source>Consent status</source>
      <translation>Stand van de toestemming</translation>
    </message>
    <message>
      <source>Record &amp;consent…</source>
      <translation>Toestemming &amp;vastleggen…</translation>
    </message>
    <message>
      <source>Record the requester's consent</source>
      <translation>De toestemming van de verzoeker vastleggen</translation>
    </message>
    <message>
      <source>No consent needed: no third person is involved.</source>
      <translation>Geen toestemming nodig: er is geen derde betrokken.</translation>
    </message>
    <message>
      <source>No consent of the requester is recorded for this on %1: it cannot be saved until you record one.</source>
      <translation>Er is op %1 geen toestemming van de verzoeker hiervoor vastgelegd: opslaan kan pas als u ze vastlegt.</translation>
    </message>
    <message>
      <source>Consent of the requester recorded on %1.</source>
      <translation>Toestemming van de verzoeker vastgelegd op %1.</translation>
    </message>
  </context>
  <context>
    <name>ContactDialog</name>
    <message>
      <source>New contact</source>
      <translation>Nieuw contact</translation>
    </message>
    <message>
      <source>Edit contact</source>
      <translation>Contact bewerken</translation>
    </message>
    <message>
      <source>Date of the contact</source>
      <translation>Datum van het contact</translation>
    </message>
    <message>
      <source>Kind of contact</source>
      <translation>Soort contact</translation>
    </message>
    <message>
      <source> min</source>
      <translation> min</translation>
    </message>
    <message>
      <source>Duration in minutes</source>
      <translation>Duur in minuten</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notities</translation>
    </message>
    <message>
      <source>&amp;Date:</source>
      <translation>&amp;Datum:</translation>
    </message>
    <message>
      <source>&amp;Kind:</source>
      <translation>&amp;Soort:</translation>
    </message>
    <message>
      <source>D&amp;uration:</source>
      <translation>D&amp;uur:</translation>
    </message>
    <message>
      <source>&amp;Notes:</source>
      <translation>&amp;Notities:</translation>
    </message>
    <message>
      <source>Unsaved contact</source>
      <translation>Niet-opgeslagen contact</translation>
    </message>
  </context>
  <context>
    <name>CreateVaultDialog</name>
    <message>
      <source>Create a new vault</source>
      <translation>Nieuwe kluis aanmaken</translation>
    </message>
    <message>
      <source>Vault location</source>
      <translation>Locatie van de kluis</translation>
    </message>
    <message>
      <source>&amp;Browse…</source>
      <translation>&amp;Bladeren…</translation>
    </message>
    <message>
      <source>Passphrase</source>
      <translation>Wachtwoordzin</translation>
    </message>
    <message>
      <source>Repeat passphrase</source>
      <translation>Herhaal de wachtwoordzin</translation>
    </message>
    <message>
      <source>&lt;b&gt;Write your passphrase down and keep it somewhere safe.&lt;/b&gt; It is the only key to the vault: if you lose it, nobody — not even the makers of VP Desk — can open your notes again.</source>
      <translation>&lt;b&gt;Schrijf uw wachtwoordzin op en bewaar ze op een veilige plek.&lt;/b&gt; Ze is de enige sleutel tot de kluis: verliest u ze, dan kan niemand — ook de makers van VP Desk niet — uw notities nog openen.</translation>
    </message>
    <message>
      <source>Error message</source>
      <translation>Foutmelding</translation>
    </message>
    <message>
      <source>Create vault</source>
      <translation>Kluis aanmaken</translation>
    </message>
    <message>
      <source>&amp;Location:</source>
      <translation>&amp;Locatie:</translation>
    </message>
    <message>
      <source>&amp;Passphrase:</source>
      <translation>&amp;Wachtwoordzin:</translation>
    </message>
    <message>
      <source>&amp;Repeat:</source>
      <translation>&amp;Herhaal:</translation>
    </message>
    <message>
      <source>Strength:</source>
      <translation>Sterkte:</translation>
    </message>
    <message>
      <source>Where should the vault be kept?</source>
      <translation>Waar wilt u de kluis bewaren?</translation>
    </message>
    <message>
      <source>VP Desk vault (*%s)</source>
      <translation>VP Desk-kluis (*%s)</translation>
    </message>
    <message>
      <source>Please choose where the vault is kept.</source>
      <translation>Kies waar de kluis bewaard wordt.</translation>
    </message>
    <message>
      <source>A file already exists there. Choose another name, or open it instead.</source>
      <translation>Daar staat al een bestand. Kies een andere naam, of open het bestaande.</translation>
    </message>
    <message>
      <source>The two passphrases are not the same.</source>
      <translation>De twee wachtwoordzinnen zijn niet gelijk.</translation>
    </message>
  </context>
  <context>
    <name>CrisisCard</name>
    <message>
      <source>Crisis lines and procedure</source>
      <translation>Hulplijnen en crisisprocedure</translation>
    </message>
    <message>
      <source>Belgium</source>
      <translation>België</translation>
    </message>
    <message>
      <source>The Netherlands</source>
      <translation>Nederland</translation>
    </message>
    <message>
      <source>or</source>
      <translation>of</translation>
    </message>
    <message>
      <source>call %1, %2</source>
      <translation>bel %1, %2</translation>
    </message>
    <message>
      <source>Suicidal thoughts: help is available</source>
      <translation>Zelfdodingsgedachten: er is hulp</translation>
    </message>
    <message>
      <source>Crisis procedure of the organisation:</source>
      <translation>Crisisprocedure van de organisatie:</translation>
    </message>
    <message>
      <source>No crisis procedure recorded for this organisation: add its steps with Edit organisation.</source>
      <translation>Voor deze organisatie is geen crisisprocedure vastgelegd: voeg de stappen toe via Organisatie bewerken.</translation>
    </message>
    <message>
      <source>Shown on screen only: nothing is sent or dialled.</source>
      <translation>Alleen op het scherm: er wordt niets verzonden of gebeld.</translation>
    </message>
  </context>
  <context>
    <name>DateField</name>
    <message>
      <source>“%1” is not a date. Type it as dd-mm-yyyy, for example 15-03-2026.</source>
      <translation>“%1” is geen datum. Typ hem als dd-mm-jjjj, bijvoorbeeld 15-03-2026.</translation>
    </message>
  </context>
  <context>
    <name>DossierController</name>
    <message>
      <source>&amp;New intake…</source>
      <translation>&amp;Nieuwe aanmelding…</translation>
    </message>
    <message>
      <source>&amp;Edit intake…</source>
      <translation>Aanmelding &amp;bewerken…</translation>
    </message>
    <message>
      <source>Add &amp;contact…</source>
      <translation>&amp;Contact toevoegen…</translation>
    </message>
    <message>
      <source>Record c&amp;onsent…</source>
      <translation>&amp;Toestemming vastleggen…</translation>
    </message>
    <message>
      <source>Add &amp;intervention…</source>
      <translation>&amp;Interventie toevoegen…</translation>
    </message>
    <message>
      <source>Add &amp;referral…</source>
      <translation>&amp;Doorverwijzing toevoegen…</translation>
    </message>
    <message>
      <source>C&amp;lose or reopen…</source>
      <translation>Afsluiten of &amp;heropenen…</translation>
    </message>
    <message>
      <source>&amp;Delete organisation…</source>
      <translation>Organisatie verwij&amp;deren…</translation>
    </message>
    <message>
      <source>No dossier</source>
      <translation>Geen dossier</translation>
    </message>
    <message>
      <source>Open a dossier first: select it in the list and press Enter.</source>
      <translation>Open eerst een dossier: selecteer het in de lijst en druk op Enter.</translation>
    </message>
    <message>
      <source>New intake</source>
      <translation>Nieuwe aanmelding</translation>
    </message>
    <message>
      <source>Add the organisation the requester works for first.</source>
      <translation>Voeg eerst de organisatie toe waar de verzoeker werkt.</translation>
    </message>
    <message>
      <source>For which organisation?</source>
      <translation>Voor welke organisatie?</translation>
    </message>
    <message>
      <source>Referral to the PAPS</source>
      <translation>Doorverwijzing naar de PAPS</translation>
    </message>
    <message>
      <source>The requester considers a formal request. In Belgium such a requester is always referred to the prevention adviser psychosocial aspects (PAPS). Record that referral now?</source>
      <translation>De verzoeker overweegt een formeel verzoek. In België wordt zo'n verzoeker altijd doorverwezen naar de preventieadviseur psychosociale aspecten (PAPS). Die doorverwijzing nu vastleggen?</translation>
    </message>
    <message>
      <source>Delete entry</source>
      <translation>Item verwijderen</translation>
    </message>
    <message>
      <source>Delete this entry (%1 of %2)? This cannot be undone.</source>
      <translation>Dit item verwijderen (%1 van %2)? Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
      <source>Delete organisation</source>
      <translation>Organisatie verwijderen</translation>
    </message>
    <message>
      <source>Choose an organisation in the list at the top first.</source>
      <translation>Kies eerst een organisatie in de lijst bovenaan.</translation>
    </message>
    <message>
      <source>Delete the organisation “%1”? This cannot be undone.</source>
      <translation>De organisatie “%1” verwijderen? Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
  </context>
  <context>
    <name>DossierTableModel</name>
    <message>
      <source>Pseudonym</source>
      <translation>Pseudoniem</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>Organisatie</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Intake</source>
      <translation>Intake</translation>
    </message>
    <message>
      <source>Themes</source>
      <translation>Thema's</translation>
    </message>
    <message>
      <source>Last activity</source>
      <translation>Laatste activiteit</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Open</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation>Afgesloten</translation>
    </message>
    <message>
      <source>not yet heard</source>
      <translation>nog niet gehoord</translation>
    </message>
  </context>
  <context>
    <name>DossierView</name>
    <message>
      <source>Dossier</source>
      <translation>Dossier</translation>
    </message>
    <message>
      <source>Dossier summary</source>
      <translation>Samenvatting van het dossier</translation>
    </message>
    <message>
      <source>Search match</source>
      <translation>Zoekresultaat</translation>
    </message>
    <message>
      <source>Timeline</source>
      <translation>Tijdlijn</translation>
    </message>
    <message>
      <source>Pseudonym and organisation</source>
      <translation>Pseudoniem en organisatie</translation>
    </message>
    <message>
      <source>Dossier card</source>
      <translation>Dossierkaart</translation>
    </message>
    <message>
      <source>Contact…</source>
      <translation>Contact…</translation>
    </message>
    <message>
      <source>Consent…</source>
      <translation>Toestemming…</translation>
    </message>
    <message>
      <source>Intervention…</source>
      <translation>Interventie…</translation>
    </message>
    <message>
      <source>Referral…</source>
      <translation>Doorverwijzing…</translation>
    </message>
    <message>
      <source>&amp;Aftercare…</source>
      <translation>Na&amp;zorg…</translation>
    </message>
    <message>
      <source>Plan or remove the aftercare conversation</source>
      <translation>Het nazorggesprek plannen of verwijderen</translation>
    </message>
    <message>
      <source>Edit &amp;intake…</source>
      <translation>Aanmelding be&amp;werken…</translation>
    </message>
    <message>
      <source>&amp;Edit…</source>
      <translation>&amp;Bewerken…</translation>
    </message>
    <message>
      <source>Edit the selected entry</source>
      <translation>Het geselecteerde item bewerken</translation>
    </message>
    <message>
      <source>De&amp;lete…</source>
      <translation>Ver&amp;wijderen…</translation>
    </message>
    <message>
      <source>Delete the selected entry</source>
      <translation>Het geselecteerde item verwijderen</translation>
    </message>
    <message>
      <source>Enter edits the selected entry, Delete removes it.</source>
      <translation>Enter bewerkt het geselecteerde item, Delete verwijdert het.</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Open</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation>Afgesloten</translation>
    </message>
    <message numerus="yes">
      <source>open %n day(s)</source>
      <translation>
        <numerusform>%n dag open</numerusform>
        <numerusform>%n dagen open</numerusform>
      </translation>
    </message>
    <message>
      <source>PAPS support required</source>
      <translation>PAPS-ondersteuning verplicht</translation>
    </message>
    <message>
      <source>not recorded</source>
      <translation>niet vastgelegd</translation>
    </message>
    <message>
      <source>Who asks:</source>
      <translation>Wie vraagt:</translation>
    </message>
    <message>
      <source>Risk domains:</source>
      <translation>Risicodomeinen:</translation>
    </message>
    <message>
      <source>Request: %1</source>
      <translation>Verzoek: %1</translation>
    </message>
    <message>
      <source>Intake: %1</source>
      <translation>Intake: %1</translation>
    </message>
    <message>
      <source>not yet heard</source>
      <translation>nog niet gehoord</translation>
    </message>
    <message>
      <source>hear by %1</source>
      <translation>horen vóór %1</translation>
    </message>
    <message>
      <source>other party: %1</source>
      <translation>andere partij: %1</translation>
    </message>
    <message>
      <source>Themes:</source>
      <translation>Thema's:</translation>
    </message>
    <message>
      <source>senior official involved</source>
      <translation>diensthoofd of hogere functie betrokken</translation>
    </message>
    <message>
      <source>group problem</source>
      <translation>groepsprobleem</translation>
    </message>
    <message>
      <source>formal request considered</source>
      <translation>formeel verzoek overwogen</translation>
    </message>
    <message>
      <source>PAPS involved</source>
      <translation>PAPS betrokken</translation>
    </message>
    <message>
      <source>real name recorded (hidden)</source>
      <translation>echte naam vastgelegd (verborgen)</translation>
    </message>
    <message>
      <source>Closed on %1 — %2. Delete by %3.</source>
      <translation>Afgesloten op %1 — %2. Te wissen op %3.</translation>
    </message>
    <message>
      <source>Aftercare conversation on %1</source>
      <translation>Nazorggesprek op %1</translation>
    </message>
    <message>
      <source>due</source>
      <translation>te doen</translation>
    </message>
    <message>
      <source>Support by the PAPS is mandatory for this dossier (unwanted sexual behaviour, a senior official involved or a group problem) and the PAPS is not involved yet.</source>
      <translation>Ondersteuning door de PAPS is verplicht voor dit dossier (ongewenst seksueel gedrag, een diensthoofd of hogere functie betrokken, of een groepsprobleem) en de PAPS is nog niet betrokken.</translation>
    </message>
    <message>
      <source>No signed request for an informal psychosocial intervention is recorded for: %1 (Dossier → Paper documents).</source>
      <translation>Geen ondertekend verzoek tot informele psychosociale interventie vastgelegd voor: %1 (Dossier → Papieren documenten).</translation>
    </message>
    <message>
      <source>&amp;Reopen…</source>
      <translation>&amp;Heropenen…</translation>
    </message>
    <message>
      <source>Cl&amp;ose…</source>
      <translation>&amp;Afsluiten…</translation>
    </message>
    <message>
      <source>Reopen the dossier</source>
      <translation>Het dossier heropenen</translation>
    </message>
    <message>
      <source>Close the dossier</source>
      <translation>Het dossier afsluiten</translation>
    </message>
    <message>
      <source>Search match: %1</source>
      <translation>Gevonden in: %1</translation>
    </message>
  </context>
  <context>
    <name>DueModel</name>
    <message>
      <source>Hear the requester (10 calendar days after the request)</source>
      <translation>Verzoeker horen (10 kalenderdagen na het verzoek)</translation>
    </message>
    <message>
      <source>Mandatory PAPS support: refer to the PAPS</source>
      <translation>PAPS-ondersteuning verplicht: verwijs door naar de PAPS</translation>
    </message>
    <message>
      <source>Open longer than the set number of days</source>
      <translation>Langer open dan het ingestelde aantal dagen</translation>
    </message>
    <message>
      <source>Aftercare conversation with %1</source>
      <translation>Nazorggesprek met %1</translation>
    </message>
    <message>
      <source>Follow up on this dossier</source>
      <translation>Dit dossier opvolgen</translation>
    </message>
    <message>
      <source>Record the intake…</source>
      <translation>Aanmelding invullen…</translation>
    </message>
    <message>
      <source>Refer to the PAPS…</source>
      <translation>Doorverwijzen naar de PAPS…</translation>
    </message>
    <message>
      <source>Record the aftercare…</source>
      <translation>Nazorg vastleggen…</translation>
    </message>
    <message>
      <source>Open the dossier</source>
      <translation>Dossier openen</translation>
    </message>
    <message>
      <source>Pseudonym</source>
      <translation>Pseudoniem</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>Organisatie</translation>
    </message>
    <message>
      <source>To do</source>
      <translation>Te doen</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>Actie</translation>
    </message>
    <message numerus="yes">
      <source>Open for %n day(s), since %1</source>
      <translation>
        <numerusform>%n dag open, sinds %1</numerusform>
        <numerusform>%n dagen open, sinds %1</numerusform>
      </translation>
    </message>
    <message>
      <source>for information</source>
      <translation>ter informatie</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>Uiterlijk</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>Bron</translation>
    </message>
    <message>
      <source>now</source>
      <translation>nu</translation>
    </message>
    <message>
      <source>%1 (overdue)</source>
      <translation>%1 (te laat)</translation>
    </message>
    <message>
      <source>your setting</source>
      <translation>uw instelling</translation>
    </message>
  </context>
  <context>
    <name>DuePanel</name>
    <message>
      <source>To do</source>
      <translation>Te doen</translation>
    </message>
    <message>
      <source>Organisation shown</source>
      <translation>Getoonde organisatie</translation>
    </message>
    <message>
      <source> days</source>
      <translation> dagen</translation>
    </message>
    <message>
      <source>Mention dossiers open longer than this number of days</source>
      <translation>Vermeld dossiers die langer dan dit aantal dagen open zijn</translation>
    </message>
    <message>
      <source>Mention dossiers open &amp;longer than:</source>
      <translation>Vermeld dossiers &amp;langer open dan:</translation>
    </message>
    <message>
      <source>Bold: a rule that applies (the source says which); red: its date has passed; grey: for information.</source>
      <translation>Vet: een regel die geldt (de bron zegt welke); rood: de datum is voorbij; grijs: ter informatie.</translation>
    </message>
    <message numerus="yes">
      <source>To do: %n item(s)</source>
      <translation>
        <numerusform>Te doen: %n punt</numerusform>
        <numerusform>Te doen: %n punten</numerusform>
      </translation>
    </message>
    <message>
      <source>Do it</source>
      <translation>Uitvoeren</translation>
    </message>
    <message>
      <source>Do the selected item: %1</source>
      <translation>Het gekozen punt uitvoeren: %1</translation>
    </message>
    <message>
      <source>Due items</source>
      <translation>Te doen</translation>
    </message>
  </context>
  <context>
    <name>FormDialog</name>
    <message>
      <source>— not recorded —</source>
      <translation>— niet vastgelegd —</translation>
    </message>
    <message>
      <source>Problems</source>
      <translation>Problemen</translation>
    </message>
    <message>
      <source>Save (Ctrl+S or Ctrl+Enter, also from a notes field)</source>
      <translation>Opslaan (Ctrl+S of Ctrl+Enter, ook vanuit een notitieveld)</translation>
    </message>
    <message>
      <source>Unsaved changes</source>
      <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
      <source>A draft you had not saved was restored.</source>
      <translation>Een concept dat u niet had opgeslagen, werd teruggezet.</translation>
    </message>
    <message>
      <source>Draft kept in the vault at %1.</source>
      <translation>Concept om %1 in de kluis bewaard.</translation>
    </message>
    <message>
      <source>Keep what you typed as a draft in the vault? It comes back the next time you open this form.</source>
      <translation>Wat u typte als concept in de kluis bewaren? Het komt terug wanneer u dit formulier opnieuw opent.</translation>
    </message>
  </context>
  <context>
    <name>InspectionView</name>
    <message>
      <source>Register of facts by third parties — inspection</source>
      <translation>Register van feiten door derden — inzage</translation>
    </message>
    <message>
      <source>Period from</source>
      <translation>Periode van</translation>
    </message>
    <message>
      <source>Period until</source>
      <translation>Periode tot</translation>
    </message>
    <message>
      <source>Register entries</source>
      <translation>Registervermeldingen</translation>
    </message>
    <message>
      <source>Close (Esc)</source>
      <translation>Sluiten (Esc)</translation>
    </message>
    <message>
      <source>&amp;From:</source>
      <translation>&amp;Van:</translation>
    </message>
    <message>
      <source>&amp;until:</source>
      <translation>&amp;tot:</translation>
    </message>
    <message>
      <source>Register of facts by third parties</source>
      <translation>Register van feiten door derden</translation>
    </message>
    <message numerus="yes">
      <source>%n entry(ies) registered in this period.</source>
      <translation>
        <numerusform>%n vermelding geregistreerd in deze periode.</numerusform>
        <numerusform>%n vermeldingen geregistreerd in deze periode.</numerusform>
      </translation>
    </message>
    <message>
      <source>Registered on</source>
      <translation>Geregistreerd op</translation>
    </message>
    <message>
      <source>Facts</source>
      <translation>Feiten</translation>
    </message>
    <message>
      <source>Type(s)</source>
      <translation>Type(s)</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>Plaats</translation>
    </message>
    <message>
      <source>Third party</source>
      <translation>Derde</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Omschrijving</translation>
    </message>
    <message>
      <source>Worker</source>
      <translation>Werknemer</translation>
    </message>
    <message>
      <source>Preventive measures considered</source>
      <translation>Overwogen preventiemaatregelen</translation>
    </message>
    <message>
      <source>Follow-up</source>
      <translation>Opvolging</translation>
    </message>
    <message>
      <source>(not recorded: no consent)</source>
      <translation>(niet vastgelegd: geen toestemming)</translation>
    </message>
    <message>
      <source>No. %1</source>
      <translation>Nr. %1</translation>
    </message>
  </context>
  <context>
    <name>IntakeDialog</name>
    <message>
      <source>New intake</source>
      <translation>Nieuwe aanmelding</translation>
    </message>
    <message>
      <source>Edit intake</source>
      <translation>Aanmelding bewerken</translation>
    </message>
    <message>
      <source>Not heard yet: hear the requester by %1 (10 calendar days after the request).</source>
      <translation>Nog niet gehoord: hoor de verzoeker uiterlijk op %1 (10 kalenderdagen na het verzoek).</translation>
    </message>
    <message>
      <source>Heard within the 10 calendar days (deadline %1). Untick "Heard" if the intake has not taken place yet.</source>
      <translation>Gehoord binnen de 10 kalenderdagen (uiterlijk %1). Vink "Gehoord" uit als de intake nog niet plaatsvond.</translation>
    </message>
    <message>
      <source>Heard after the 10-day deadline (%1).</source>
      <translation>Gehoord na de termijn van 10 dagen (%1).</translation>
    </message>
    <message>
      <source>Support by the prevention adviser psychosocial aspects (PAPS) is mandatory for unwanted sexual behaviour, cases involving a department head or senior official, and group problems.</source>
      <translation>Ondersteuning door de preventieadviseur psychosociale aspecten (PAPS) is verplicht bij ongewenst seksueel gedrag, bij zaken waarbij een diensthoofd of hogere functie betrokken is en bij groepsproblemen.</translation>
    </message>
    <message>
      <source>Involve the PAPS and tick "The PAPS is involved".</source>
      <translation>Betrek de PAPS en vink "De PAPS is betrokken" aan.</translation>
    </message>
    <message>
      <source>Unsaved intake</source>
      <translation>Niet-opgeslagen aanmelding</translation>
    </message>
  </context>
  <context>
    <name>IntakeForm</name>
    <message>
      <source>Organisation</source>
      <translation>Organisatie</translation>
    </message>
    <message>
      <source>Date of the request</source>
      <translation>Datum van het verzoek</translation>
    </message>
    <message>
      <source>&amp;Heard (intake) on</source>
      <translation>Ge&amp;hoord (intake) op</translation>
    </message>
    <message>
      <source>The requester was heard</source>
      <translation>De verzoeker werd gehoord</translation>
    </message>
    <message>
      <source>Intake date</source>
      <translation>Datum van de intake</translation>
    </message>
    <message>
      <source>Channel</source>
      <translation>Kanaal</translation>
    </message>
    <message>
      <source>Pseudonym or code</source>
      <translation>Pseudoniem of code</translation>
    </message>
    <message>
      <source>Real name (optional, kept only in the vault)</source>
      <translation>Echte naam (optioneel, enkel in de kluis bewaard)</translation>
    </message>
    <message>
      <source>optional</source>
      <translation>optioneel</translation>
    </message>
    <message>
      <source>Show</source>
      <translation>Tonen</translation>
    </message>
    <message>
      <source>Show the real name</source>
      <translation>De echte naam tonen</translation>
    </message>
    <message>
      <source>Gender (for counts only)</source>
      <translation>Gender (enkel voor tellingen)</translation>
    </message>
    <message>
      <source>Age band (for counts only)</source>
      <translation>Leeftijdsgroep (enkel voor tellingen)</translation>
    </message>
    <message>
      <source>Role (for counts only)</source>
      <translation>Functie (enkel voor tellingen)</translation>
    </message>
    <message>
      <source>Sphere</source>
      <translation>Sfeer</translation>
    </message>
    <message>
      <source>Relation of the other party</source>
      <translation>Relatie van de andere partij</translation>
    </message>
    <message>
      <source>Who asks: the requester's position</source>
      <translation>Wie vraagt: de positie van de verzoeker</translation>
    </message>
    <message>
      <source>Themes (Space ticks a theme)</source>
      <translation>Thema's (spatie vinkt een thema aan)</translation>
    </message>
    <message>
      <source>Risk domains (Space ticks a domain)</source>
      <translation>Risicodomeinen (spatie vinkt een domein aan)</translation>
    </message>
    <message>
      <source>A department head or &amp;senior official is involved</source>
      <translation>Een di&amp;ensthoofd of hogere functie is betrokken</translation>
    </message>
    <message>
      <source>&amp;Group problem</source>
      <translation>&amp;Groepsprobleem</translation>
    </message>
    <message>
      <source>The requester considers a &amp;formal request</source>
      <translation>De verzoeker overweegt een for&amp;meel verzoek</translation>
    </message>
    <message>
      <source>Risk do&amp;mains:</source>
      <translation>&amp;Risicodomeinen:</translation>
    </message>
    <message>
      <source>Reminder</source>
      <translation>Herinnering</translation>
    </message>
    <message>
      <source>Intake notes</source>
      <translation>Notities van de intake</translation>
    </message>
    <message>
      <source>What the requester told you, agreements made …</source>
      <translation>Wat de verzoeker vertelde, gemaakte afspraken …</translation>
    </message>
    <message>
      <source>&amp;Intake notes:</source>
      <translation>Notit&amp;ies:</translation>
    </message>
    <message>
      <source>&amp;Organisation:</source>
      <translation>&amp;Organisatie:</translation>
    </message>
    <message>
      <source>&amp;Request received on:</source>
      <translation>&amp;Verzoek ontvangen op:</translation>
    </message>
    <message>
      <source>&amp;Channel:</source>
      <translation>&amp;Kanaal:</translation>
    </message>
    <message>
      <source>&amp;Who asks:</source>
      <translation>&amp;Wie vraagt:</translation>
    </message>
    <message>
      <source>Pse&amp;udonym:</source>
      <translation>Pse&amp;udoniem:</translation>
    </message>
    <message>
      <source>Real &amp;name:</source>
      <translation>Echte &amp;naam:</translation>
    </message>
    <message>
      <source>S&amp;phere:</source>
      <translation>&amp;Sfeer:</translation>
    </message>
    <message>
      <source>The PAPS is in&amp;volved</source>
      <translation>De P&amp;APS is betrokken</translation>
    </message>
    <message>
      <source>Other part&amp;y:</source>
      <translation>Andere &amp;partij:</translation>
    </message>
    <message>
      <source>Gen&amp;der:</source>
      <translation>Gen&amp;der:</translation>
    </message>
    <message>
      <source>&amp;Age band:</source>
      <translation>&amp;Leeftijdsgroep:</translation>
    </message>
    <message>
      <source>Ro&amp;le:</source>
      <translation>&amp;Functie:</translation>
    </message>
    <message>
      <source>&amp;Themes:</source>
      <translation>&amp;Thema's:</translation>
    </message>
    <message>
      <source>Hide</source>
      <translation>Verbergen</translation>
    </message>
  </context>
  <context>
    <name>InterventionDialog</name>
    <message>
      <source>New intervention</source>
      <translation>Nieuwe interventie</translation>
    </message>
    <message>
      <source>Edit intervention</source>
      <translation>Interventie bewerken</translation>
    </message>
    <message>
      <source>Date of the intervention</source>
      <translation>Datum van de interventie</translation>
    </message>
    <message>
      <source>Type of intervention</source>
      <translation>Soort interventie</translation>
    </message>
    <message>
      <source>The &amp;other party agreed to the reconciliation</source>
      <translation>De &amp;andere partij stemde in met de verzoening</translation>
    </message>
    <message>
      <source>The other party agreed</source>
      <translation>De andere partij stemde in</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notities</translation>
    </message>
    <message>
      <source>&amp;Date:</source>
      <translation>&amp;Datum:</translation>
    </message>
    <message>
      <source>&amp;Type:</source>
      <translation>&amp;Soort:</translation>
    </message>
    <message>
      <source>Consent:</source>
      <translation>Toestemming:</translation>
    </message>
    <message>
      <source>&amp;Notes:</source>
      <translation>&amp;Notities:</translation>
    </message>
    <message>
      <source>Unsaved intervention</source>
      <translation>Niet-opgeslagen interventie</translation>
    </message>
  </context>
  <context>
    <name>Keychain</name>
    <message>
      <source>Windows Credential Locker</source>
      <translation>Windows Referentiebeheer</translation>
    </message>
    <message>
      <source>macOS Keychain</source>
      <translation>de macOS-sleutelhanger</translation>
    </message>
    <message>
      <source>the desktop keyring (Secret Service)</source>
      <translation>de sleutelbos van het bureaublad (Secret Service)</translation>
    </message>
    <message>
      <source>KWallet</source>
      <translation>KWallet</translation>
    </message>
    <message>
      <source>No keychain was found on this computer.</source>
      <translation>Er is geen sleutelhanger gevonden op deze computer.</translation>
    </message>
    <message>
      <source>The keychain is switched off on this computer.</source>
      <translation>De sleutelhanger is uitgeschakeld op deze computer.</translation>
    </message>
    <message>
      <source>The only keychain found ({name}) does not encrypt what it keeps; VP Desk will not use it.</source>
      <translation>De enige gevonden sleutelhanger ({name}) versleutelt niet wat hij bewaart; VP Desk gebruikt hem niet.</translation>
    </message>
    <message>
      <source>The keychain did not answer (it may be locked or closed).</source>
      <translation>De sleutelhanger antwoordde niet (misschien is hij vergrendeld of gesloten).</translation>
    </message>
  </context>
  <context>
    <name>LockView</name>
    <message>
      <source>Something went wrong ({kind}). Nothing was changed.</source>
      <translation>Er ging iets mis ({kind}). Er werd niets gewijzigd.</translation>
    </message>
    <message>
      <source>This passphrase is too easy to guess: %s</source>
      <translation>Deze wachtwoordzin is te makkelijk te raden: %s</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Bestand</translation>
    </message>
    <message>
      <source>&amp;Dossier</source>
      <translation>&amp;Dossier</translation>
    </message>
    <message>
      <source>&amp;Tools</source>
      <translation>&amp;Extra</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>&amp;Weergave</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;Help</translation>
    </message>
    <message>
      <source>New &amp;organisation…</source>
      <translation>Nieuwe &amp;organisatie…</translation>
    </message>
    <message>
      <source>&amp;Edit organisation…</source>
      <translation>Organisatie &amp;bewerken…</translation>
    </message>
    <message>
      <source>&amp;Lock</source>
      <translation>&amp;Vergrendelen</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Afsluiten</translation>
    </message>
    <message>
      <source>&amp;Find…</source>
      <translation>&amp;Zoeken…</translation>
    </message>
    <message>
      <source>&amp;Language</source>
      <translation>&amp;Taal</translation>
    </message>
    <message>
      <source>&amp;Go to</source>
      <translation>&amp;Ga naar</translation>
    </message>
    <message>
      <source>&amp;Keyboard shortcuts</source>
      <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
      <source>&amp;About VP Desk</source>
      <translation>&amp;Over VP Desk</translation>
    </message>
    <message>
      <source>Open a vault</source>
      <translation>Een kluis openen</translation>
    </message>
    <message>
      <source>VP Desk vault (*%s);;All files (*)</source>
      <translation>VP Desk-kluis (*%s);;Alle bestanden (*)</translation>
    </message>
    <message>
      <source>The vault was updated to the current format; a copy of the old file was kept beside it.</source>
      <translation>De kluis werd bijgewerkt naar het huidige formaat; een kopie van het oude bestand staat ernaast.</translation>
    </message>
    <message>
      <source>Changes lost in a crash</source>
      <translation>Wijzigingen verloren bij een crash</translation>
    </message>
    <message>
      <source>VP Desk was stopped before it could finish saving, and the last change(s) made before that could not be read back; they are not in the vault. Check your most recent work.</source>
      <translation>VP Desk werd gestopt voordat het opslaan klaar was, en de laatste wijziging(en) van daarvoor konden niet teruggelezen worden; ze staan niet in de kluis. Controleer uw meest recente werk.</translation>
    </message>
    <message>
      <source>The vault is damaged</source>
      <translation>De kluis is beschadigd</translation>
    </message>
    <message>
      <source>VP Desk found damage in the vault file (a page that no longer matches its checksum). To protect what is still readable, nothing more will be saved to it. Restore a backup (File → Restore from backup…); you can still read and note down what you need first.</source>
      <translation>VP Desk vond schade in het kluisbestand (een pagina die niet meer overeenkomt met haar controlesom). Om te beschermen wat nog leesbaar is, wordt er niets meer in opgeslagen. Zet een reservekopie terug (Bestand → Terugzetten uit reservekopie…); u kunt eerst nog lezen en noteren wat u nodig hebt.</translation>
    </message>
    <message>
      <source>Edit organisation</source>
      <translation>Organisatie bewerken</translation>
    </message>
    <message>
      <source>Choose an organisation in the list at the top first.</source>
      <translation>Kies eerst een organisatie in de lijst bovenaan.</translation>
    </message>
    <message>
      <source>Keyboard shortcuts</source>
      <translation>Sneltoetsen</translation>
    </message>
    <message>
      <source>&lt;h3&gt;VP Desk %1&lt;/h3&gt;&lt;p&gt;Encrypted case notes and anonymous yearly reports for confidential counsellors at work. Works offline; nothing leaves this computer except the reports you export.&lt;/p&gt;&lt;p&gt;Licence: Apache 2.0. Built with Qt for Python (LGPL-3.0), SQLCipher (BSD), ReportLab (BSD), keyring (MIT), platformdirs (MIT), DejaVu fonts (Bitstream Vera licence).&lt;/p&gt;</source>
      <translation>&lt;h3&gt;VP Desk %1&lt;/h3&gt;&lt;p&gt;Versleutelde dossiernotities en anonieme jaarverslagen voor vertrouwenspersonen op het werk. Werkt offline; niets verlaat deze computer behalve de verslagen die u exporteert.&lt;/p&gt;&lt;p&gt;Licentie: Apache 2.0. Gebouwd met Qt for Python (LGPL-3.0), SQLCipher (BSD), ReportLab (BSD), keyring (MIT), platformdirs (MIT), DejaVu-lettertypen (Bitstream Vera-licentie).&lt;/p&gt;</translation>
    </message>
    <message>
      <source>About VP Desk</source>
      <translation>Over VP Desk</translation>
    </message>
    <message>
      <source>Yearly &amp;report…</source>
      <translation>&amp;Jaarverslag…</translation>
    </message>
  </context>
  <context>
    <name>Navigation</name>
    <message>
      <source>To do</source>
      <translation>Te doen</translation>
    </message>
    <message>
      <source>Register</source>
      <translation>Register</translation>
    </message>
    <message>
      <source>My role</source>
      <translation>Mijn rol</translation>
    </message>
    <message>
      <source>Reports</source>
      <translation>Jaarverslagen</translation>
    </message>
    <message>
      <source>Signals</source>
      <translation>Signalen</translation>
    </message>
    <message>
      <source>Navigation</source>
      <translation>Navigatie</translation>
    </message>
  </context>
  <context>
    <name>ObligationModel</name>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Due by</source>
      <translation>Uiterlijk op</translation>
    </message>
    <message>
      <source>Obligation</source>
      <translation>Verplichting</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>Bron</translation>
    </message>
  </context>
  <context>
    <name>Obligations</name>
    <message>
      <source>Basic training completed ({hours} h).</source>
      <translation>Basisopleiding voltooid ({hours} u).</translation>
    </message>
    <message>
      <source>Intervisie {year}: {hours} h of at least 7 h (one day) — missed.</source>
      <translation>Intervisie {year}: {hours} u van minstens 7 u (één dag) — niet gehaald.</translation>
    </message>
    <message>
      <source>Intervisie {year}: {hours} h of at least 7 h (one day, often two half days).</source>
      <translation>Intervisie {year}: {hours} u van minstens 7 u (één dag, vaak twee halve dagen).</translation>
    </message>
    <message>
      <source>Extra training {year}: {hours} h; one day (7 h) a year is recommended.</source>
      <translation>Bijkomende opleiding {year}: {hours} u; één dag (7 u) per jaar is aanbevolen.</translation>
    </message>
    <message>
      <source>Basic course for confidential advisers (LVV registration): {hours} h recorded.</source>
      <translation>Basisopleiding vertrouwenspersoon (LVV-registratie): {hours} u vastgelegd.</translation>
    </message>
    <message>
      <source>Further training {year} (bij- en nascholing, LVV registration): {hours} h.</source>
      <translation>Bij- en nascholing {year} (LVV-registratie): {hours} u.</translation>
    </message>
    <message>
      <source>Appointment date not recorded: enter it with Edit organisation, so the deadline of the basic training can be shown. Basic training so far: {hours} h of {need} h.</source>
      <translation>Aanstellingsdatum niet ingevuld: vul ze in via Organisatie bewerken, zodat de termijn voor de basisopleiding getoond kan worden. Basisopleiding tot nu toe: {hours} u van {need} u.</translation>
    </message>
    <message>
      <source>Basic training ({need} h) to complete by {due}, 2 years after the appointment of {appointed}: {hours} h done.</source>
      <translation>Basisopleiding ({need} u) te voltooien tegen {due}, 2 jaar na de aanstelling van {appointed}: {hours} u gedaan.</translation>
    </message>
    <message>
      <source>Consultation with the prevention adviser: last on {last}; next by {due}.</source>
      <translation>Overleg met de preventieadviseur: laatst op {last}; volgende tegen {due}.</translation>
    </message>
    <message>
      <source>No consultation with the prevention adviser in the past 12 months.</source>
      <translation>Geen overleg met de preventieadviseur in de voorbije 12 maanden.</translation>
    </message>
    <message>
      <source>Proof of attendance filed for every training entry ({count}).</source>
      <translation>Deelnamebewijs bewaard voor elke opleiding ({count}).</translation>
    </message>
    <message>
      <source>Certificates filed for every training and intervisie entry ({count}).</source>
      <translation>Attesten bewaard voor elke opleiding en intervisie ({count}).</translation>
    </message>
    <message>
      <source>No proof of attendance filed yet for training on {dates} ({count} in all; LVV registration): select the entry under My activities and press Proof filed.</source>
      <translation>Nog geen deelnamebewijs bewaard voor opleiding van {dates} ({count} in totaal; LVV-registratie): kies de regel onder Mijn activiteiten en druk op Bewijs bewaard.</translation>
    </message>
    <message>
      <source>No certificate filed yet for training or intervisie on {dates} ({count} in all): select the entry under My activities and press Certificate filed.</source>
      <translation>Nog geen attest bewaard voor opleiding of intervisie van {dates} ({count} in totaal): kies de regel onder Mijn activiteiten en druk op Attest bewaard.</translation>
    </message>
    <message>
      <source>Prevention work {year} (information sessions, risk analysis, working group): {hours} h.</source>
      <translation>Preventiewerk {year} (infosessies, risicoanalyse, werkgroep): {hours} u.</translation>
    </message>
    <message>
      <source>No registered dossier in {first}–{this} (last year with a dossier: {last}). Three years without requests is worth a conversation with the employer: do workers know you are there?</source>
      <translation>Geen geregistreerd dossier in {first}–{this} (laatste jaar met een dossier: {last}). Drie jaar zonder verzoeken is een gesprek met de werkgever waard: weten de werknemers dat u er bent?</translation>
    </message>
  </context>
  <context>
    <name>OrganisationDialog</name>
    <message>
      <source>Organisation</source>
      <translation>Organisatie</translation>
    </message>
    <message>
      <source>New organisation</source>
      <translation>Nieuwe organisatie</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Naam</translation>
    </message>
    <message>
      <source>Jurisdiction</source>
      <translation>Rechtsgebied</translation>
    </message>
    <message>
      <source>Language of the report</source>
      <translation>Taal van het jaarverslag</translation>
    </message>
    <message>
      <source>I was appointed on</source>
      <translation>Ik werd aangesteld op</translation>
    </message>
    <message>
      <source>Appointment date</source>
      <translation>Datum van aanstelling</translation>
    </message>
    <message>
      <source>Retention after closure</source>
      <translation>Bewaartermijn na afsluiting</translation>
    </message>
    <message>
      <source>Reporting year starts in</source>
      <translation>Verslagjaar begint in</translation>
    </message>
    <message>
      <source>Reports were exported for this organisation: its reporting year can no longer move.</source>
      <translation>Er werden al verslagen voor deze organisatie geëxporteerd: haar verslagjaar kan niet meer verschuiven.</translation>
    </message>
    <message>
      <source>Rules applied to this organisation</source>
      <translation>Regels voor deze organisatie</translation>
    </message>
    <message>
      <source>Steps of the crisis procedure, one per line</source>
      <translation>Stappen van de crisisprocedure, één per regel</translation>
    </message>
    <message>
      <source>For example: whom to call in the organisation, the number of the %1 or the %2, who stays with the person …</source>
      <translation>Bijvoorbeeld: wie u in de organisatie belt, het nummer van de %1 of de %2, wie bij de persoon blijft …</translation>
    </message>
    <message>
      <source>Archived (hidden from the organisation list)</source>
      <translation>Gearchiveerd (verborgen in de organisatielijst)</translation>
    </message>
    <message>
      <source>&amp;Name:</source>
      <translation>&amp;Naam:</translation>
    </message>
    <message>
      <source>&amp;Jurisdiction:</source>
      <translation>&amp;Rechtsgebied:</translation>
    </message>
    <message>
      <source>&amp;Language:</source>
      <translation>&amp;Taal:</translation>
    </message>
    <message>
      <source>&amp;Retention after closure:</source>
      <translation>&amp;Bewaartermijn na afsluiting:</translation>
    </message>
    <message>
      <source>Reporting year &amp;starts in:</source>
      <translation>&amp;Verslagjaar begint in:</translation>
    </message>
    <message>
      <source>When a suicide-related theme is chosen, the dossier shows a card with the national help lines and these steps of the organisation's crisis procedure, one step per line. Nothing is sent or dialled.</source>
      <translation>Wanneer een thema rond zelfdoding gekozen is, toont het dossier een kaart met de nationale hulplijnen en deze stappen van de crisisprocedure van de organisatie, één stap per regel. Er wordt niets verzonden of gebeld.</translation>
    </message>
    <message>
      <source>S&amp;teps of the crisis procedure:</source>
      <translation>Stappen van de crisis&amp;procedure:</translation>
    </message>
    <message>
      <source>&amp;Organisation</source>
      <translation>&amp;Organisatie</translation>
    </message>
    <message>
      <source>R&amp;ules</source>
      <translation>Re&amp;gels</translation>
    </message>
    <message>
      <source>&amp;Crisis procedure</source>
      <translation>&amp;Crisisprocedure</translation>
    </message>
    <message>
      <source>%1 (law)</source>
      <translation>%1 (wet)</translation>
    </message>
    <message>
      <source>Source: %1</source>
      <translation>Bron: %1</translation>
    </message>
  </context>
  <context>
    <name>PaperDocuments</name>
    <message>
      <source>Reminder: no signed request for an informal psychosocial intervention is recorded for %1. Every type the worker chooses needs one, dated and signed by the worker and you, with a copy for the worker.</source>
      <translation>Herinnering: voor %1 is geen ondertekend verzoek tot informele psychosociale interventie vastgelegd. Elk type dat de werknemer kiest heeft er een nodig, gedateerd en ondertekend door de werknemer en u, met een kopie voor de werknemer.</translation>
    </message>
    <message>
      <source>Request for an informal psychosocial intervention</source>
      <translation>Verzoek tot informele psychosociale interventie</translation>
    </message>
    <message>
      <source>Document confirming the personal interview</source>
      <translation>Document ter bevestiging van het persoonlijk onderhoud</translation>
    </message>
  </context>
  <context>
    <name>PaperDocumentsDialog</name>
    <message>
      <source>Paper documents — %1</source>
      <translation>Papieren documenten — %1</translation>
    </message>
    <message>
      <source>Signed paper documents</source>
      <translation>Ondertekende papieren documenten</translation>
    </message>
    <message>
      <source>Document</source>
      <translation>Document</translation>
    </message>
    <message>
      <source>Intervention type chosen on the form</source>
      <translation>Type interventie gekozen op het formulier</translation>
    </message>
    <message>
      <source>Signed on</source>
      <translation>Ondertekend op</translation>
    </message>
    <message>
      <source>Signed by the worker and me; copy given to the worker</source>
      <translation>Ondertekend door de werknemer en mij; kopie aan de werknemer gegeven</translation>
    </message>
    <message>
      <source>Copy given to the worker</source>
      <translation>Kopie aan de werknemer gegeven</translation>
    </message>
    <message>
      <source>De&amp;lete selected record</source>
      <translation>Geselecteerde registratie ver&amp;wijderen</translation>
    </message>
    <message>
      <source>&amp;Record signed document</source>
      <translation>Ondertekend document &amp;vastleggen</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Sluiten</translation>
    </message>
    <message>
      <source>These documents are signed on paper and kept on paper. Here you record that each was completed and signed, and when. Blank forms: Tools → Blank forms.</source>
      <translation>Deze documenten worden op papier ondertekend en op papier bewaard. Hier noteert u dat elk document ingevuld en ondertekend werd, en wanneer. Blanco formulieren: Extra → Blanco formulieren.</translation>
    </message>
    <message>
      <source>&amp;Document:</source>
      <translation>&amp;Document:</translation>
    </message>
    <message>
      <source>Intervention &amp;type:</source>
      <translation>&amp;Type interventie:</translation>
    </message>
    <message>
      <source>&amp;Signed on:</source>
      <translation>&amp;Ondertekend op:</translation>
    </message>
    <message>
      <source>These Belgian documents do not apply to a Dutch organisation.</source>
      <translation>Deze Belgische documenten gelden niet voor een Nederlandse organisatie.</translation>
    </message>
    <message>
      <source>Paper documents</source>
      <translation>Papieren documenten</translation>
    </message>
    <message>
      <source>Delete this record? (The paper itself is not affected.)</source>
      <translation>Deze registratie verwijderen? (Het papieren document zelf blijft.)</translation>
    </message>
  </context>
  <context>
    <name>PaperModel</name>
    <message>
      <source>Signed on</source>
      <translation>Ondertekend op</translation>
    </message>
    <message>
      <source>Document</source>
      <translation>Document</translation>
    </message>
    <message>
      <source>Intervention type</source>
      <translation>Type interventie</translation>
    </message>
    <message>
      <source>Copy to the worker</source>
      <translation>Kopie aan de werknemer</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>ja</translation>
    </message>
    <message>
      <source>no</source>
      <translation>nee</translation>
    </message>
  </context>
  <context>
    <name>Passphrase</name>
    <message>
      <source>use at least 10 characters (a short sentence is best)</source>
      <translation>gebruik minstens 10 tekens (een korte zin is het best)</translation>
    </message>
    <message>
      <source>it repeats the same word; use different, unrelated words</source>
      <translation>ze herhaalt hetzelfde woord; gebruik verschillende woorden die niets met elkaar te maken hebben</translation>
    </message>
    <message>
      <source>it follows the keyboard (such as qwerty, azerty or 1qaz2wsx); use unrelated words</source>
      <translation>ze volgt het toetsenbord (zoals qwerty, azerty of 1qaz2wsx); gebruik woorden die niets met elkaar te maken hebben</translation>
    </message>
    <message>
      <source>it leans on a year or a date; add unrelated words instead</source>
      <translation>ze steunt op een jaartal of een datum; voeg liever woorden toe die niets met elkaar te maken hebben</translation>
    </message>
    <message>
      <source>it contains a run such as abcd or 1234; use unrelated words</source>
      <translation>ze bevat een reeks zoals abcd of 1234; gebruik woorden die niets met elkaar te maken hebben</translation>
    </message>
    <message>
      <source>it is a common word or name with look-alike digits or symbols (P@ssw0rd); those fool nobody</source>
      <translation>het is een gewoon woord of een naam met cijfers of tekens die op letters lijken (P@ssw0rd); daar trapt niemand in</translation>
    </message>
    <message>
      <source>it is on the lists of well-known passwords attackers try first</source>
      <translation>ze staat op de lijsten met bekende wachtwoorden die aanvallers eerst proberen</translation>
    </message>
    <message>
      <source>it is too short to be safe; four or more unrelated words are best</source>
      <translation>ze is te kort om veilig te zijn; vier of meer woorden die niets met elkaar te maken hebben is het best</translation>
    </message>
    <message>
      <source>it is a well-known phrase or saying; add unrelated words</source>
      <translation>ze is een bekende zin of uitdrukking; voeg woorden toe die er niets mee te maken hebben</translation>
    </message>
    <message>
      <source>it is made of common words, names or places; add unrelated words</source>
      <translation>ze bestaat uit gewone woorden, namen of plaatsen; voeg woorden toe die niets met elkaar te maken hebben</translation>
    </message>
    <message>
      <source>a passphrase can have at most {n} characters</source>
      <translation>een wachtwoordzin kan hoogstens {n} tekens hebben</translation>
    </message>
    <message>
      <source>very weak</source>
      <translation>zeer zwak</translation>
    </message>
    <message>
      <source>weak</source>
      <translation>zwak</translation>
    </message>
    <message>
      <source>fair</source>
      <translation>redelijk</translation>
    </message>
    <message>
      <source>strong</source>
      <translation>sterk</translation>
    </message>
    <message>
      <source>very strong</source>
      <translation>zeer sterk</translation>
    </message>
  </context>
  <context>
    <name>ReferralDialog</name>
    <message>
      <source>New referral</source>
      <translation>Nieuwe doorverwijzing</translation>
    </message>
    <message>
      <source>Edit referral</source>
      <translation>Doorverwijzing bewerken</translation>
    </message>
    <message>
      <source>Date of the referral</source>
      <translation>Datum van de doorverwijzing</translation>
    </message>
    <message>
      <source>Referred to</source>
      <translation>Doorverwezen naar</translation>
    </message>
    <message>
      <source>Because of a &amp;formal request</source>
      <translation>Wegens een &amp;formeel verzoek</translation>
    </message>
    <message>
      <source>The referral is about a formal request</source>
      <translation>De doorverwijzing gaat over een formeel verzoek</translation>
    </message>
    <message>
      <source>The requester considers a formal request: in Belgium such a requester is always referred to the prevention adviser psychosocial aspects (PAPS).</source>
      <translation>De verzoeker overweegt een formeel verzoek: in België wordt zo'n verzoeker altijd doorverwezen naar de preventieadviseur psychosociale aspecten (PAPS).</translation>
    </message>
    <message>
      <source>Outcome of the referral</source>
      <translation>Resultaat van de doorverwijzing</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notities</translation>
    </message>
    <message>
      <source>&amp;Date:</source>
      <translation>&amp;Datum:</translation>
    </message>
    <message>
      <source>&amp;Referred to:</source>
      <translation>D&amp;oorverwezen naar:</translation>
    </message>
    <message>
      <source>Who contacts:</source>
      <translation>Wie neemt contact op:</translation>
    </message>
    <message>
      <source>Consent:</source>
      <translation>Toestemming:</translation>
    </message>
    <message>
      <source>O&amp;utcome:</source>
      <translation>&amp;Resultaat:</translation>
    </message>
    <message>
      <source>&amp;Notes:</source>
      <translation>&amp;Notities:</translation>
    </message>
    <message>
      <source>&amp;Advice: the requester contacts the destination alone (no consent needed)</source>
      <translation>&amp;Advies: de verzoeker neemt zelf contact op (geen toestemming nodig)</translation>
    </message>
    <message>
      <source>Advice only: the requester acts alone</source>
      <translation>Alleen advies: de verzoeker gaat zelf</translation>
    </message>
    <message>
      <source>I &amp;contact or inform the destination (the requester's consent is needed)</source>
      <translation>Ik neem &amp;contact op of breng de bestemming op de hoogte (toestemming van de verzoeker nodig)</translation>
    </message>
    <message>
      <source>I contact or inform the destination</source>
      <translation>Ik neem contact op of breng de bestemming op de hoogte</translation>
    </message>
    <message>
      <source>No consent needed: the requester contacts the destination alone. The referral is still recorded in the timeline.</source>
      <translation>Geen toestemming nodig: de verzoeker neemt zelf contact op. De doorverwijzing komt wel in de tijdlijn.</translation>
    </message>
  </context>
  <context>
    <name>RegisterEntryDialog</name>
    <message>
      <source>Register entry no. %1</source>
      <translation>Registervermelding nr. %1</translation>
    </message>
    <message>
      <source>New register entry</source>
      <translation>Nieuwe registervermelding</translation>
    </message>
    <message>
      <source>(next number: %1)</source>
      <translation>(volgend nummer: %1)</translation>
    </message>
    <message>
      <source>Registration date</source>
      <translation>Registratiedatum</translation>
    </message>
    <message>
      <source>Facts from</source>
      <translation>Feiten vanaf</translation>
    </message>
    <message>
      <source>until</source>
      <translation>tot</translation>
    </message>
    <message>
      <source>Facts lasted several days</source>
      <translation>Feiten over meerdere dagen</translation>
    </message>
    <message>
      <source>Facts until</source>
      <translation>Feiten tot</translation>
    </message>
    <message>
      <source>Type(s) of facts</source>
      <translation>Type(s) van feiten</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>Plaats</translation>
    </message>
    <message>
      <source>Capacity of the third party</source>
      <translation>Hoedanigheid van de derde</translation>
    </message>
    <message>
      <source>Description of the facts</source>
      <translation>Beschrijving van de feiten</translation>
    </message>
    <message>
      <source>The worker consents to having their identity recorded</source>
      <translation>De werknemer stemt ermee in dat zijn of haar identiteit wordt vermeld</translation>
    </message>
    <message>
      <source>Worker's consent</source>
      <translation>Toestemming van de werknemer</translation>
    </message>
    <message>
      <source>Worker's identity</source>
      <translation>Identiteit van de werknemer</translation>
    </message>
    <message>
      <source>only with the worker's consent</source>
      <translation>alleen met toestemming van de werknemer</translation>
    </message>
    <message>
      <source>Preventive measures considered</source>
      <translation>Overwogen preventiemaatregelen</translation>
    </message>
    <message>
      <source>Follow-up</source>
      <translation>Opvolging</translation>
    </message>
    <message>
      <source>Number:</source>
      <translation>Nummer:</translation>
    </message>
    <message>
      <source>&amp;Registered on:</source>
      <translation>&amp;Geregistreerd op:</translation>
    </message>
    <message>
      <source>&amp;Facts on:</source>
      <translation>&amp;Feiten op:</translation>
    </message>
    <message>
      <source>&amp;Type(s):</source>
      <translation>&amp;Type(s):</translation>
    </message>
    <message>
      <source>&amp;Place:</source>
      <translation>&amp;Plaats:</translation>
    </message>
    <message>
      <source>T&amp;hird party:</source>
      <translation>&amp;Derde:</translation>
    </message>
    <message>
      <source>&amp;Description:</source>
      <translation>&amp;Beschrijving:</translation>
    </message>
    <message>
      <source>&amp;Worker:</source>
      <translation>&amp;Werknemer:</translation>
    </message>
    <message>
      <source>&amp;Measures considered:</source>
      <translation>Overwogen &amp;maatregelen:</translation>
    </message>
    <message>
      <source>F&amp;ollow-up:</source>
      <translation>&amp;Opvolging:</translation>
    </message>
    <message>
      <source>Expires:</source>
      <translation>Vervalt op:</translation>
    </message>
    <message>
      <source>%1 (kept 5 years from registration, then erased)</source>
      <translation>%1 (5 jaar bewaard vanaf de registratie, daarna gewist)</translation>
    </message>
  </context>
  <context>
    <name>RegisterMenus</name>
    <message>
      <source>Dossier</source>
      <translation>Dossier</translation>
    </message>
    <message>
      <source>Select a dossier in the list first.</source>
      <translation>Selecteer eerst een dossier in de lijst.</translation>
    </message>
    <message>
      <source>Re&amp;gister of third-party facts…</source>
      <translation>&amp;Register van feiten door derden…</translation>
    </message>
    <message>
      <source>&amp;My role…</source>
      <translation>&amp;Mijn rol…</translation>
    </message>
    <message>
      <source>Due for &amp;erasure…</source>
      <translation>Te &amp;wissen…</translation>
    </message>
    <message>
      <source>&amp;Blank forms…</source>
      <translation>&amp;Blanco formulieren…</translation>
    </message>
    <message>
      <source>&amp;Paper documents…</source>
      <translation>&amp;Papieren documenten…</translation>
    </message>
    <message>
      <source>&amp;Access view…</source>
      <translation>Inzage&amp;weergave…</translation>
    </message>
    <message>
      <source>Signals and &amp;advice…</source>
      <translation>&amp;Signalen en adviezen…</translation>
    </message>
  </context>
  <context>
    <name>RegisterTableModel</name>
    <message>
      <source>No.</source>
      <translation>Nr.</translation>
    </message>
    <message>
      <source>Registered</source>
      <translation>Geregistreerd</translation>
    </message>
    <message>
      <source>Facts</source>
      <translation>Feiten</translation>
    </message>
    <message>
      <source>Type(s)</source>
      <translation>Type(s)</translation>
    </message>
    <message>
      <source>Third party</source>
      <translation>Derde</translation>
    </message>
    <message>
      <source>Expires</source>
      <translation>Vervalt</translation>
    </message>
  </context>
  <context>
    <name>RegisterWindow</name>
    <message>
      <source>Register of facts by third parties</source>
      <translation>Register van feiten door derden</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>Organisatie</translation>
    </message>
    <message>
      <source>Register entries</source>
      <translation>Registervermeldingen</translation>
    </message>
    <message>
      <source>Each entry gets the next number; numbers are never changed. Only the last entry can be deleted (to correct a mistake), so the numbering has no gaps. Entries are kept 5 years from registration and then erased (Tools → Due for erasure). The register is shown on screen only, never exported.</source>
      <translation>Elke vermelding krijgt het volgende nummer; nummers worden nooit gewijzigd. Alleen de laatste vermelding kan verwijderd worden (om een vergissing recht te zetten), zodat de nummering geen gaten heeft. Vermeldingen worden 5 jaar bewaard vanaf de registratie en daarna gewist (Extra → Te wissen). Het register wordt alleen op het scherm getoond, nooit geëxporteerd.</translation>
    </message>
    <message>
      <source>The register exists for Belgian organisations only; there is none in this vault.</source>
      <translation>Het register bestaat alleen voor Belgische organisaties; er is er geen in deze kluis.</translation>
    </message>
    <message>
      <source>&amp;New entry…</source>
      <translation>&amp;Nieuwe vermelding…</translation>
    </message>
    <message>
      <source>Register status</source>
      <translation>Toestand van het register</translation>
    </message>
    <message>
      <source>&amp;Edit…</source>
      <translation>&amp;Bewerken…</translation>
    </message>
    <message>
      <source>&amp;Delete last entry…</source>
      <translation>Laatste vermelding &amp;verwijderen…</translation>
    </message>
    <message>
      <source>&amp;Inspection view…</source>
      <translation>&amp;Inzageweergave…</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Sluiten</translation>
    </message>
    <message>
      <source>&amp;Organisation:</source>
      <translation>&amp;Organisatie:</translation>
    </message>
    <message>
      <source>No entries yet for this organisation. Choose New entry (Alt+N) when a worker reports violence, harassment or unwanted sexual behaviour by a third party (a client, patient, pupil, supplier…).</source>
      <translation>Nog geen vermeldingen voor deze organisatie. Kies Nieuwe vermelding (Alt+N) wanneer een werknemer geweld, pesterijen of ongewenst seksueel gedrag door een derde meldt (een klant, patiënt, leerling, leverancier…).</translation>
    </message>
    <message>
      <source>Delete register entry</source>
      <translation>Registervermelding verwijderen</translation>
    </message>
    <message>
      <source>Delete entry no. %1? Only the last entry can be deleted, to correct a mistake; the next entry will get its number again.</source>
      <translation>Vermelding nr. %1 verwijderen? Alleen de laatste vermelding kan verwijderd worden, om een vergissing recht te zetten; de volgende vermelding krijgt haar nummer opnieuw.</translation>
    </message>
  </context>
  <context>
    <name>ReportWindow</name>
    <message>
      <source>Whole table hidden: its counts are too small to stay anonymous.</source>
      <translation>Hele tabel verborgen: de aantallen zijn te klein om anoniem te blijven.</translation>
    </message>
    <message>
      <source>Yearly report</source>
      <translation>Jaarverslag</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>Organisatie</translation>
    </message>
    <message>
      <source>Why values are hidden</source>
      <translation>Waarom waarden verborgen zijn</translation>
    </message>
    <message>
      <source>%1: a count from 1 to %2.</source>
      <translation>%1: een aantal van 1 tot %2.</translation>
    </message>
    <message>
      <source>%1: hidden beside a small count of the same table, so that the small one cannot be worked out (a count of %2 or more).</source>
      <translation>%1: verborgen naast een klein aantal in dezelfde tabel, zodat dat kleine aantal niet kan worden afgeleid (een aantal van %2 of meer).</translation>
    </message>
    <message>
      <source>%1: left out, it could not be protected otherwise.</source>
      <translation>%1: weggelaten, anders kon het niet beschermd worden.</translation>
    </message>
    <message>
      <source>%1: hidden so that the report does not show that (nearly) all requesters share one category.</source>
      <translation>%1: verborgen zodat het verslag niet toont dat (bijna) alle verzoekers in dezelfde categorie vallen.</translation>
    </message>
    <message>
      <source>%1: hidden so that %2 cannot be worked out, also not together with earlier reports.</source>
      <translation>%1: verborgen zodat %2 niet kan worden afgeleid, ook niet samen met eerdere verslagen.</translation>
    </message>
    <message>
      <source>Reporting year</source>
      <translation>Verslagjaar</translation>
    </message>
    <message>
      <source>this year only</source>
      <translation>enkel dit jaar</translation>
    </message>
    <message>
      <source> years</source>
      <translation> jaar</translation>
    </message>
    <message>
      <source>Summary over several reporting years</source>
      <translation>Samenvatting over meerdere verslagjaren</translation>
    </message>
    <message>
      <source>&amp;Corrected edition</source>
      <translation>&amp;Verbeterde uitgave</translation>
    </message>
    <message>
      <source>Make a corrected edition of a released period</source>
      <translation>Een verbeterde uitgave maken van een reeds uitgebrachte periode</translation>
    </message>
    <message>
      <source>Smallest count shown</source>
      <translation>Kleinste getoonde aantal</translation>
    </message>
    <message>
      <source>Show my name on the report:</source>
      <translation>Mijn naam op het verslag zetten:</translation>
    </message>
    <message>
      <source>Your name</source>
      <translation>Uw naam</translation>
    </message>
    <message>
      <source>gender</source>
      <translation>gender</translation>
    </message>
    <message>
      <source>age band</source>
      <translation>leeftijdsgroep</translation>
    </message>
    <message>
      <source>role</source>
      <translation>functie</translation>
    </message>
    <message>
      <source>Preview of the report</source>
      <translation>Voorbeeld van het verslag</translation>
    </message>
    <message>
      <source>&amp;Export PDF…</source>
      <translation>PDF &amp;exporteren…</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Sluiten</translation>
    </message>
    <message>
      <source>&amp;Organisation:</source>
      <translation>&amp;Organisatie:</translation>
    </message>
    <message>
      <source>&amp;Year:</source>
      <translation>&amp;Jaar:</translation>
    </message>
    <message>
      <source>Fewer than %1 new requests in this period: the report says only “&lt;%1 requests” and shows your own activity.</source>
      <translation>Minder dan %1 nieuwe verzoeken in deze periode: het verslag vermeldt enkel “&lt;%1 verzoeken” en toont uw eigen werking.</translation>
    </message>
    <message>
      <source>This period was exported before: the same figures are issued again, so that comparing the two versions shows nothing.</source>
      <translation>Deze periode werd al eerder geëxporteerd: dezelfde cijfers worden opnieuw uitgegeven, zodat het vergelijken van beide versies niets toont.</translation>
    </message>
    <message>
      <source>The vault now holds other figures for this period (%1). Tick “Corrected edition” to issue them, if that is safe.</source>
      <translation>De kluis bevat nu andere cijfers voor deze periode (%1). Vink “Verbeterde uitgave” aan om ze uit te geven, als dat veilig kan.</translation>
    </message>
    <message>
      <source>Corrected edition: these values change compared with the earlier export: %1.</source>
      <translation>Verbeterde uitgave: deze waarden veranderen ten opzichte van de eerdere export: %1.</translation>
    </message>
    <message>
      <source>Rewrite the words listed under the signals and recommendations text first: they could identify someone.</source>
      <translation>Herschrijf eerst de woorden die onder de tekst met signalen en aanbevelingen staan: ze kunnen iemand identificeren.</translation>
    </message>
    <message>
      <source>This PDF will leave the vault: it holds the anonymous counts shown in the preview, the organisation's name and the period — nothing else. Export it?</source>
      <translation>Deze PDF verlaat de kluis: hij bevat de anonieme aantallen uit het voorbeeld, de naam van de organisatie en de periode — niets anders. Exporteren?</translation>
    </message>
    <message>
      <source>Breakdowns (off by default, one-dimensional):</source>
      <translation>Uitsplitsingen (standaard uit, telkens één dimensie):</translation>
    </message>
    <message>
      <source>Su&amp;mmary over:</source>
      <translation>Sa&amp;menvatting over:</translation>
    </message>
    <message>
      <source>&amp;Smallest count shown:</source>
      <translation>&amp;Kleinste getoonde aantal:</translation>
    </message>
    <message>
      <source>There is no organisation yet.</source>
      <translation>Er is nog geen organisatie.</translation>
    </message>
    <message numerus="yes">
      <source>%n value(s) hidden (marked ▨). Counts from 1 to %2 are shown as “&lt;%3”; a value shown “x” is hidden so that no small number can be worked out from this report together with every report exported before for this organisation.</source>
      <translation>
        <numerusform>%n waarde verborgen (gemarkeerd met ▨). Aantallen van 1 tot %2 worden getoond als “&lt;%3”; een waarde “x” is verborgen zodat geen klein aantal kan worden afgeleid uit dit verslag samen met alle verslagen die eerder voor deze organisatie werden geëxporteerd.</numerusform>
        <numerusform>%n waarden verborgen (gemarkeerd met ▨). Aantallen van 1 tot %2 worden getoond als “&lt;%3”; een waarde “x” is verborgen zodat geen klein aantal kan worden afgeleid uit dit verslag samen met alle verslagen die eerder voor deze organisatie werden geëxporteerd.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Reports exported earlier already let a reader work out %n small number(s); that cannot be undone.</source>
      <translation>
        <numerusform>Eerder geëxporteerde verslagen laten een lezer al %n klein aantal afleiden; dat kan niet ongedaan worden gemaakt.</numerusform>
        <numerusform>Eerder geëxporteerde verslagen laten een lezer al %n kleine aantallen afleiden; dat kan niet ongedaan worden gemaakt.</numerusform>
      </translation>
    </message>
    <message>
      <source>Export the yearly report</source>
      <translation>Jaarverslag exporteren</translation>
    </message>
    <message>
      <source>Save the yearly report</source>
      <translation>Jaarverslag bewaren</translation>
    </message>
    <message>
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <source>&amp;Open</source>
      <translation>&amp;Openen</translation>
    </message>
    <message>
      <source>&amp;Show in folder</source>
      <translation>&amp;Tonen in map</translation>
    </message>
    <message>
      <source>The PDF could not be written: %1</source>
      <translation>De PDF kon niet worden geschreven: %1</translation>
    </message>
    <message>
      <source>The yearly report was saved as %1.</source>
      <translation>Het jaarverslag werd bewaard als %1.</translation>
    </message>
  </context>
  <context>
    <name>RestoreDialog</name>
    <message>
      <source>Restore from backup</source>
      <translation>Terugzetten uit reservekopie</translation>
    </message>
    <message>
      <source>Choose a backup and type the passphrase it was made with. VP Desk checks the backup completely before anything is replaced; the current vault is kept beside it as a “.before-restore” copy.</source>
      <translation>Kies een reservekopie en typ de wachtwoordzin waarmee ze gemaakt is. VP Desk controleert de reservekopie volledig voordat er iets vervangen wordt; de huidige kluis blijft ernaast bewaard als kopie “.before-restore”.</translation>
    </message>
    <message>
      <source>Backup file</source>
      <translation>Bestand van de reservekopie</translation>
    </message>
    <message>
      <source>&amp;Browse…</source>
      <translation>&amp;Bladeren…</translation>
    </message>
    <message>
      <source>Passphrase of the backup</source>
      <translation>Wachtwoordzin van de reservekopie</translation>
    </message>
    <message>
      <source>&amp;Check backup</source>
      <translation>Reservekopie &amp;controleren</translation>
    </message>
    <message>
      <source>Check result</source>
      <translation>Resultaat van de controle</translation>
    </message>
    <message>
      <source>&amp;Restore</source>
      <translation>&amp;Terugzetten</translation>
    </message>
    <message>
      <source>&amp;Backup:</source>
      <translation>&amp;Reservekopie:</translation>
    </message>
    <message>
      <source>&amp;Passphrase:</source>
      <translation>&amp;Wachtwoordzin:</translation>
    </message>
    <message>
      <source>Choose a backup</source>
      <translation>Kies een reservekopie</translation>
    </message>
    <message>
      <source>VP Desk vault (*%s);;All files (*)</source>
      <translation>VP Desk-kluis (*%s);;Alle bestanden (*)</translation>
    </message>
    <message>
      <source>Choose a backup and type its passphrase.</source>
      <translation>Kies een reservekopie en typ haar wachtwoordzin.</translation>
    </message>
    <message>
      <source>Checking the backup…</source>
      <translation>De reservekopie wordt gecontroleerd…</translation>
    </message>
    <message>
      <source>The backup is complete and undamaged: %1 in %2.</source>
      <translation>De reservekopie is volledig en onbeschadigd: %1 in %2.</translation>
    </message>
    <message numerus="yes">
      <source>%n dossier(s)</source>
      <translation>
        <numerusform>%n dossier</numerusform>
        <numerusform>%n dossiers</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n organisation(s)</source>
      <translation>
        <numerusform>%n organisatie</numerusform>
        <numerusform>%n organisaties</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Retention</name>
    <message>
      <source>Closed on {closed}; to be erased since {delete_by}. The yearly report for {year} was exported, so it has been counted.</source>
      <translation>Afgesloten op {closed}; te wissen sinds {delete_by}. Het jaarverslag {year} werd geëxporteerd, dus het dossier is meegeteld.</translation>
    </message>
    <message>
      <source>Closed on {closed}; to be erased since {delete_by}. You confirmed it may be erased although the yearly report for {year} was not exported.</source>
      <translation>Afgesloten op {closed}; te wissen sinds {delete_by}. U bevestigde dat het gewist mag worden hoewel het jaarverslag {year} niet geëxporteerd werd.</translation>
    </message>
    <message>
      <source>Held back: to be erased since {delete_by}, but the yearly report for {year} was not exported yet, so it would be missing from that report. Export the report, or confirm erasure.</source>
      <translation>Tegengehouden: te wissen sinds {delete_by}, maar het jaarverslag {year} werd nog niet geëxporteerd, dus het zou in dat verslag ontbreken. Exporteer het verslag, of bevestig het wissen.</translation>
    </message>
    <message>
      <source>Register entry no. {seq}, recorded on {registered}: kept {years} years, expired on {delete_by}.</source>
      <translation>Registervermelding nr. {seq}, geregistreerd op {registered}: {years} jaar bewaard, vervallen op {delete_by}.</translation>
    </message>
    <message>
      <source>Signal or advice of {day}; to be erased since {delete_by}. The yearly report for {year} was exported, so it has been counted.</source>
      <translation>Signaal of advies van {day}; te wissen sinds {delete_by}. Het jaarverslag {year} werd geëxporteerd, dus het werd geteld.</translation>
    </message>
    <message>
      <source>Held back: this signal or advice of {day} is to be erased since {delete_by}, but the yearly report for {year} was not exported yet, so it would be missing from that report. Export that report first.</source>
      <translation>Tegengehouden: dit signaal of advies van {day} is te wissen sinds {delete_by}, maar het jaarverslag {year} is nog niet geëxporteerd, dus het zou in dat verslag ontbreken. Exporteer eerst dat verslag.</translation>
    </message>
  </context>
  <context>
    <name>RetentionModel</name>
    <message>
      <source>State</source>
      <translation>Toestand</translation>
    </message>
    <message>
      <source>Record</source>
      <translation>Gegeven</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>Organisatie</translation>
    </message>
    <message>
      <source>Pseudonym, no. or date</source>
      <translation>Pseudoniem, nr. of datum</translation>
    </message>
    <message>
      <source>Delete by</source>
      <translation>Te wissen op</translation>
    </message>
    <message>
      <source>Why</source>
      <translation>Waarom</translation>
    </message>
    <message>
      <source>%1, to %2</source>
      <translation>%1, aan %2</translation>
    </message>
    <message>
      <source>Ready to erase</source>
      <translation>Klaar om te wissen</translation>
    </message>
    <message>
      <source>Held back</source>
      <translation>Tegengehouden</translation>
    </message>
    <message>
      <source>Kept for %1 years</source>
      <translation>%1 jaar bewaard</translation>
    </message>
    <message>
      <source>Waiting for the %1 report</source>
      <translation>Wacht op het verslag %1</translation>
    </message>
    <message>
      <source>Erasure confirmed</source>
      <translation>Wissen bevestigd</translation>
    </message>
    <message>
      <source>Counted in the %1 report</source>
      <translation>Geteld in het verslag %1</translation>
    </message>
  </context>
  <context>
    <name>RetentionSpin</name>
    <message>
      <source> years</source>
      <translation> jaar</translation>
    </message>
    <message numerus="yes">
      <source>profile default (%n year(s))</source>
      <translation>
        <numerusform>standaard van het profiel (%n jaar)</numerusform>
        <numerusform>standaard van het profiel (%n jaar)</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>RetentionWindow</name>
    <message>
      <source>Register entry</source>
      <translation>Registervermelding</translation>
    </message>
    <message>
      <source>Signal or advice</source>
      <translation>Signaal of advies</translation>
    </message>
    <message>
      <source>Dossier</source>
      <translation>Dossier</translation>
    </message>
    <message>
      <source>Due for erasure</source>
      <translation>Te wissen</translation>
    </message>
    <message>
      <source>Records past their delete-by date</source>
      <translation>Gegevens voorbij hun wisdatum</translation>
    </message>
    <message>
      <source>Why</source>
      <translation>Waarom</translation>
    </message>
    <message>
      <source>Dossiers are erased a number of years after closure (the organisation's retention period), register entries 5 years after registration. A dossier is held back until the yearly report covering its closure was exported, so that report can count it — unless you confirm erasure. Erasure is final: the records are removed from the vault file and its search index; the log below keeps only counts and dates.</source>
      <translation>Dossiers worden een aantal jaren na afsluiting gewist (de bewaartermijn van de organisatie), registervermeldingen 5 jaar na registratie. Een dossier wordt tegengehouden tot het jaarverslag over het jaar van afsluiting geëxporteerd is, zodat dat verslag het kan tellen — tenzij u het wissen bevestigt. Wissen is definitief: de gegevens verdwijnen uit het kluisbestand en de zoekindex; het logboek hieronder bewaart alleen aantallen en data.</translation>
    </message>
    <message>
      <source>Signals and advice are kept as long as a dossier, counted from their date, and held back until the yearly report of that date was exported.</source>
      <translation>Signalen en adviezen worden even lang bewaard als een dossier, gerekend vanaf hun datum, en tegengehouden tot het jaarverslag over die datum geëxporteerd is.</translation>
    </message>
    <message>
      <source>Deletion log</source>
      <translation>Wislogboek</translation>
    </message>
    <message>
      <source>&amp;Confirm erasure of the selected held-back dossiers…</source>
      <translation>Wissen van de geselecteerde tegengehouden dossiers &amp;bevestigen…</translation>
    </message>
    <message>
      <source>&amp;Erase everything that is due…</source>
      <translation>Alles wat te wissen is &amp;wissen…</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Sluiten</translation>
    </message>
    <message>
      <source>Deletion log (counts and dates only)</source>
      <translation>Wislogboek (alleen aantallen en data)</translation>
    </message>
    <message>
      <source>%1, %2.</source>
      <translation>%1, %2.</translation>
    </message>
    <message numerus="yes">
      <source>%n record(s) due for erasure</source>
      <translation>
        <numerusform>%n gegeven te wissen</numerusform>
        <numerusform>%n gegevens te wissen</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n held back</source>
      <translation>
        <numerusform>%n tegengehouden</numerusform>
        <numerusform>%n tegengehouden</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>The yearly report covering these %n dossier(s) was not exported. If you erase them now, a report exported later will not count them. Allow their erasure anyway?</source>
      <translation>
        <numerusform>Het jaarverslag over dit dossier werd niet geëxporteerd. Als u het nu wist, telt een later geëxporteerd verslag het niet mee. Toch toestaan dat het gewist wordt?</numerusform>
        <numerusform>Het jaarverslag over deze %n dossiers werd niet geëxporteerd. Als u ze nu wist, telt een later geëxporteerd verslag ze niet mee. Toch toestaan dat ze gewist worden?</numerusform>
      </translation>
    </message>
    <message>
      <source>Erase %1 for good? Their texts are removed from the vault file and its search index; this cannot be undone (older backups still hold them until they are replaced).</source>
      <translation>%1 definitief wissen? Hun teksten verdwijnen uit het kluisbestand en de zoekindex; dit kan niet ongedaan gemaakt worden (oudere back-ups bevatten ze nog tot ze vervangen worden).</translation>
    </message>
    <message>
      <source>Erased: %1.</source>
      <translation>Gewist: %1.</translation>
    </message>
    <message numerus="yes">
      <source>%n signal(s) or piece(s) of advice</source>
      <translation>
        <numerusform>%n signaal of advies</numerusform>
        <numerusform>%n signalen of adviezen</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n dossier(s)</source>
      <translation>
        <numerusform>%n dossier</numerusform>
        <numerusform>%n dossiers</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n register entry(ies)</source>
      <translation>
        <numerusform>%n registervermelding</numerusform>
        <numerusform>%n registervermeldingen</numerusform>
      </translation>
    </message>
    <message>
      <source>Nothing was erased yet.</source>
      <translation>Er werd nog niets gewist.</translation>
    </message>
    <message>
      <source>Erased on</source>
      <translation>Gewist op</translation>
    </message>
    <message>
      <source>Record</source>
      <translation>Gegeven</translation>
    </message>
    <message>
      <source>Count</source>
      <translation>Aantal</translation>
    </message>
    <message>
      <source>Dates covered</source>
      <translation>Betrokken data</translation>
    </message>
    <message>
      <source>Confirm erasure</source>
      <translation>Wissen bevestigen</translation>
    </message>
    <message>
      <source>Select one or more held-back dossiers first.</source>
      <translation>Selecteer eerst een of meer tegengehouden dossiers.</translation>
    </message>
    <message>
      <source>Erase for good</source>
      <translation>Definitief wissen</translation>
    </message>
  </context>
  <context>
    <name>RoleWindow</name>
    <message>
      <source>Completed</source>
      <translation>Voltooid</translation>
    </message>
    <message>
      <source>To do</source>
      <translation>Te doen</translation>
    </message>
    <message>
      <source>Overdue</source>
      <translation>Te laat</translation>
    </message>
    <message>
      <source>Recommended</source>
      <translation>Aanbevolen</translation>
    </message>
    <message>
      <source>For the report</source>
      <translation>Voor het verslag</translation>
    </message>
    <message>
      <source>Attention</source>
      <translation>Aandacht</translation>
    </message>
    <message>
      <source>My role</source>
      <translation>Mijn rol</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>Organisatie</translation>
    </message>
    <message>
      <source>Obligations</source>
      <translation>Verplichtingen</translation>
    </message>
    <message>
      <source>Own activities</source>
      <translation>Eigen activiteiten</translation>
    </message>
    <message>
      <source>Dossiers per year</source>
      <translation>Dossiers per jaar</translation>
    </message>
    <message>
      <source>&amp;Add activity…</source>
      <translation>Activiteit &amp;toevoegen…</translation>
    </message>
    <message>
      <source>&amp;Edit…</source>
      <translation>&amp;Bewerken…</translation>
    </message>
    <message>
      <source>De&amp;lete</source>
      <translation>&amp;Verwijderen</translation>
    </message>
    <message>
      <source>Certificate &amp;filed</source>
      <translation>&amp;Attest bewaard</translation>
    </message>
    <message>
      <source>Record that the certificate of the selected activity was filed today</source>
      <translation>Vastleggen dat het attest van de gekozen activiteit vandaag bewaard is</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Sluiten</translation>
    </message>
    <message>
      <source>&amp;Organisation:</source>
      <translation>&amp;Organisatie:</translation>
    </message>
    <message>
      <source>What is due</source>
      <translation>Wat te doen is</translation>
    </message>
    <message>
      <source>My activities (they feed the yearly report)</source>
      <translation>Mijn activiteiten (ze komen in het jaarverslag)</translation>
    </message>
    <message>
      <source>Proof &amp;filed</source>
      <translation>Bewijs be&amp;waard</translation>
    </message>
    <message>
      <source>There is no organisation yet.</source>
      <translation>Er is nog geen organisatie.</translation>
    </message>
    <message>
      <source>Appointed on %1</source>
      <translation>Aangesteld op %1</translation>
    </message>
    <message>
      <source>Appointment date not recorded</source>
      <translation>Aanstellingsdatum niet ingevuld</translation>
    </message>
    <message numerus="yes">
      <source>%n item(s) need attention.</source>
      <translation>
        <numerusform>%n punt vraagt aandacht.</numerusform>
        <numerusform>%n punten vragen aandacht.</numerusform>
      </translation>
    </message>
    <message>
      <source>Nothing is overdue.</source>
      <translation>Niets is te laat.</translation>
    </message>
    <message>
      <source>Certificate</source>
      <translation>Attest</translation>
    </message>
    <message>
      <source>Delete activity</source>
      <translation>Activiteit verwijderen</translation>
    </message>
    <message>
      <source>Delete this activity?</source>
      <translation>Deze activiteit verwijderen?</translation>
    </message>
  </context>
  <context>
    <name>SecurityController</name>
    <message>
      <source>&amp;Back up to…</source>
      <translation>&amp;Reservekopie maken naar…</translation>
    </message>
    <message>
      <source>&amp;Restore from backup…</source>
      <translation>&amp;Terugzetten uit reservekopie…</translation>
    </message>
    <message>
      <source>Change &amp;passphrase…</source>
      <translation>&amp;Wachtwoordzin wijzigen…</translation>
    </message>
    <message>
      <source>&amp;Settings…</source>
      <translation>&amp;Instellingen…</translation>
    </message>
    <message>
      <source>&amp;Remember on this computer</source>
      <translation>&amp;Onthouden op deze computer</translation>
    </message>
    <message>
      <source>Remember the passphrase in the keychain</source>
      <translation>De wachtwoordzin in de sleutelhanger onthouden</translation>
    </message>
    <message>
      <source>Unlock with the &amp;keychain</source>
      <translation>Ontgrendelen met de &amp;sleutelhanger</translation>
    </message>
    <message>
      <source>Unlock with the passphrase kept in the keychain</source>
      <translation>Ontgrendelen met de wachtwoordzin uit de sleutelhanger</translation>
    </message>
    <message>
      <source>Keeps the passphrase in %s</source>
      <translation>Bewaart de wachtwoordzin in %s</translation>
    </message>
    <message>
      <source>The keychain holds no passphrase for this vault (it may be locked). Type the passphrase.</source>
      <translation>De sleutelhanger heeft geen wachtwoordzin voor deze kluis (misschien is hij vergrendeld). Typ de wachtwoordzin.</translation>
    </message>
    <message>
      <source>The passphrase is now kept in the keychain.</source>
      <translation>De wachtwoordzin wordt nu in de sleutelhanger bewaard.</translation>
    </message>
    <message>
      <source>Keychain</source>
      <translation>Sleutelhanger</translation>
    </message>
    <message>
      <source>Automatic backup</source>
      <translation>Automatische reservekopie</translation>
    </message>
    <message>
      <source>The automatic backup could not be made: %s</source>
      <translation>De automatische reservekopie kon niet gemaakt worden: %s</translation>
    </message>
    <message>
      <source>Back up to which folder (e.g. a USB stick)?</source>
      <translation>Naar welke map de reservekopie schrijven (bv. een USB-stick)?</translation>
    </message>
    <message>
      <source>Making a verified backup…</source>
      <translation>Een gecontroleerde reservekopie wordt gemaakt…</translation>
    </message>
    <message>
      <source>Backup made</source>
      <translation>Reservekopie gemaakt</translation>
    </message>
    <message>
      <source>A verified, encrypted backup was written to:
%s

It opens with the passphrase the vault has now.</source>
      <translation>Een gecontroleerde, versleutelde reservekopie is geschreven naar:
%s

Ze opent met de wachtwoordzin die de kluis nu heeft.</translation>
    </message>
    <message>
      <source>Not done</source>
      <translation>Niet gelukt</translation>
    </message>
    <message>
      <source>Restore from backup</source>
      <translation>Terugzetten uit reservekopie</translation>
    </message>
    <message>
      <source>Replace the vault
%1
with the checked backup? The current vault is kept beside it as “.before-restore”. The vault will then open with the backup's passphrase.</source>
      <translation>De kluis
%1
vervangen door de gecontroleerde reservekopie? De huidige kluis blijft ernaast bewaard als “.before-restore”. De kluis opent daarna met de wachtwoordzin van de reservekopie.</translation>
    </message>
    <message>
      <source>Restoring…</source>
      <translation>Terugzetten…</translation>
    </message>
    <message>
      <source>The backup was restored. Unlock it with the backup's passphrase.</source>
      <translation>De reservekopie is teruggezet. Ontgrendel met de wachtwoordzin van de reservekopie.</translation>
    </message>
    <message>
      <source>The keychain still remembers the previous passphrase and did not let VP Desk remove it (it may be locked). Untick “Remember” in Settings once the keychain is unlocked.</source>
      <translation>De sleutelhanger onthoudt de vorige wachtwoordzin nog en liet VP Desk die niet verwijderen (ze is misschien vergrendeld). Vink “Onthouden” uit in Instellingen zodra de sleutelhanger ontgrendeld is.</translation>
    </message>
    <message>
      <source>The previous vault was kept as:
%s</source>
      <translation>De vorige kluis is bewaard als:
%s</translation>
    </message>
    <message>
      <source>Change passphrase</source>
      <translation>Wachtwoordzin wijzigen</translation>
    </message>
    <message>
      <source>The passphrase was changed. Use the new one from now on; older backups keep the old one.</source>
      <translation>De wachtwoordzin is gewijzigd. Gebruik voortaan de nieuwe; oudere reservekopieën houden de oude.</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <source>Settings</source>
      <translation>Instellingen</translation>
    </message>
    <message>
      <source> min</source>
      <translation> min</translation>
    </message>
    <message>
      <source>Lock after minutes without use</source>
      <translation>Vergrendelen na zoveel minuten zonder gebruik</translation>
    </message>
    <message>
      <source>Automatic backups to keep</source>
      <translation>Aantal automatische reservekopieën om te bewaren</translation>
    </message>
    <message>
      <source>Remember the passphrase of this vault on this computer</source>
      <translation>De wachtwoordzin van deze kluis op deze computer onthouden</translation>
    </message>
    <message>
      <source>Remember the passphrase in the keychain</source>
      <translation>De wachtwoordzin in de sleutelhanger onthouden</translation>
    </message>
    <message>
      <source>Passphrase to remember</source>
      <translation>Te onthouden wachtwoordzin</translation>
    </message>
    <message>
      <source>Type the vault's passphrase to remember it</source>
      <translation>Typ de wachtwoordzin van de kluis om hem te onthouden</translation>
    </message>
    <message>
      <source>Error message</source>
      <translation>Foutmelding</translation>
    </message>
    <message>
      <source>Not available: %s</source>
      <translation>Niet beschikbaar: %s</translation>
    </message>
    <message>
      <source>Open a vault first.</source>
      <translation>Open eerst een kluis.</translation>
    </message>
    <message>
      <source>Kept in %s. Anyone who can log in to this computer as you can then open the vault without typing the passphrase.</source>
      <translation>Bewaard in %s. Wie als u kan aanmelden op deze computer, kan de kluis dan openen zonder de wachtwoordzin te typen.</translation>
    </message>
    <message>
      <source>&amp;Lock after no use for:</source>
      <translation>&amp;Vergrendelen na geen gebruik gedurende:</translation>
    </message>
    <message>
      <source>&amp;Automatic backups to keep:</source>
      <translation>&amp;Automatische reservekopieën bewaren:</translation>
    </message>
    <message>
      <source>Backup folder:</source>
      <translation>Map voor reservekopieën:</translation>
    </message>
    <message>
      <source>This is not the passphrase of the vault.</source>
      <translation>Dit is niet de wachtwoordzin van de kluis.</translation>
    </message>
    <message>
      <source>The keychain did not let VP Desk remove the passphrase (it may be locked). Unlock the keychain and try again.</source>
      <translation>De sleutelhanger liet VP Desk de wachtwoordzin niet verwijderen (ze is misschien vergrendeld). Ontgrendel de sleutelhanger en probeer opnieuw.</translation>
    </message>
  </context>
  <context>
    <name>SignalDialog</name>
    <message>
      <source>New signal or advice</source>
      <translation>Nieuw signaal of advies</translation>
    </message>
    <message>
      <source>Edit signal or advice</source>
      <translation>Signaal of advies wijzigen</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <source>To whom</source>
      <translation>Aan wie</translation>
    </message>
    <message>
      <source>&amp;Asked for (unticked: on my own initiative)</source>
      <translation>&amp;Gevraagd (niet aangevinkt: op eigen initiatief)</translation>
    </message>
    <message>
      <source>Asked for</source>
      <translation>Gevraagd</translation>
    </message>
    <message>
      <source>Themes (Space ticks a theme)</source>
      <translation>Thema's (spatie vinkt een thema aan)</translation>
    </message>
    <message>
      <source>My note (stays in the vault)</source>
      <translation>Mijn notitie (blijft in de kluis)</translation>
    </message>
    <message>
      <source>What you signalled or advised; never printed in a report</source>
      <translation>Wat u signaleerde of adviseerde; komt nooit in een verslag</translation>
    </message>
    <message>
      <source>&amp;Date:</source>
      <translation>&amp;Datum:</translation>
    </message>
    <message>
      <source>&amp;To:</source>
      <translation>&amp;Aan:</translation>
    </message>
    <message>
      <source>T&amp;hemes:</source>
      <translation>T&amp;hema's:</translation>
    </message>
    <message>
      <source>&amp;Note:</source>
      <translation>&amp;Notitie:</translation>
    </message>
    <message>
      <source>Unsaved signal</source>
      <translation>Niet-opgeslagen signaal</translation>
    </message>
  </context>
  <context>
    <name>SignalTableModel</name>
    <message>
      <source>Date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <source>To</source>
      <translation>Aan</translation>
    </message>
    <message>
      <source>Asked</source>
      <translation>Gevraagd</translation>
    </message>
    <message>
      <source>Themes</source>
      <translation>Thema's</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Notitie</translation>
    </message>
    <message>
      <source>asked</source>
      <translation>gevraagd</translation>
    </message>
    <message>
      <source>unasked</source>
      <translation>ongevraagd</translation>
    </message>
  </context>
  <context>
    <name>SignalsPanel</name>
    <message>
      <source>the pseudonym of a dossier</source>
      <translation>het pseudoniem van een dossier</translation>
    </message>
    <message>
      <source>(part of) the real name of a requester</source>
      <translation>(een deel van) de echte naam van een verzoeker</translation>
    </message>
    <message>
      <source>the place of a register entry</source>
      <translation>de plaats van een inschrijving in het register</translation>
    </message>
    <message>
      <source>(part of) a worker's identity in the register</source>
      <translation>(een deel van) de identiteit van een werknemer in het register</translation>
    </message>
    <message>
      <source>a word of a register description, rare in your notes</source>
      <translation>een woord uit een beschrijving in het register, zeldzaam in uw notities</translation>
    </message>
    <message>
      <source>occurs in the notes of fewer than %1 dossiers</source>
      <translation>komt voor in de notities van minder dan %1 dossiers</translation>
    </message>
    <message>
      <source>“%1”: %2</source>
      <translation>“%1”: %2</translation>
    </message>
    <message>
      <source>Si&amp;gnals and recommendations (printed in the report; optional):</source>
      <translation>Si&amp;gnalen en aanbevelingen (komen in het verslag; niet verplicht):</translation>
    </message>
    <message>
      <source>Signals and recommendations</source>
      <translation>Signalen en aanbevelingen</translation>
    </message>
    <message>
      <source>General trends and advice for the organisation, without names, pseudonyms or details of cases</source>
      <translation>Algemene tendensen en adviezen voor de organisatie, zonder namen, pseudoniemen of details van dossiers</translation>
    </message>
    <message>
      <source>Signals text check</source>
      <translation>Controle van de tekst</translation>
    </message>
    <message>
      <source>Words to rewrite</source>
      <translation>Te herschrijven woorden</translation>
    </message>
    <message>
      <source>This period was exported before: its signals text is issued again as it was.</source>
      <translation>Deze periode werd al eerder geëxporteerd: de tekst met signalen wordt ongewijzigd opnieuw uitgegeven.</translation>
    </message>
    <message>
      <source>The text is too long (%1 characters; at most %2).</source>
      <translation>De tekst is te lang (%1 tekens; hoogstens %2).</translation>
    </message>
    <message>
      <source>Rewrite these words: they could identify someone. The report cannot be exported while any is left.</source>
      <translation>Herschrijf deze woorden: ze kunnen iemand identificeren. Zolang er een overblijft, kan het verslag niet worden geëxporteerd.</translation>
    </message>
    <message>
      <source>Checked: no identifying words found.</source>
      <translation>Gecontroleerd: geen identificerende woorden gevonden.</translation>
    </message>
  </context>
  <context>
    <name>SignalsWindow</name>
    <message>
      <source>Signals and advice</source>
      <translation>Signalen en adviezen</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>Organisatie</translation>
    </message>
    <message>
      <source>Signals status</source>
      <translation>Stand van de signalen</translation>
    </message>
    <message>
      <source>Signals and advice you gave, asked or on your own initiative, to management, the works council or the prevention adviser. Your notes stay in the vault; the yearly report counts signals per addressee and asked/unasked only.</source>
      <translation>Signalen en adviezen die u gaf, gevraagd of op eigen initiatief, aan de werkgever of directie, het CPBW of de OR, of de preventieadviseur. Uw notities blijven in de kluis; het jaarverslag telt enkel de signalen per bestemmeling en gevraagd/ongevraagd.</translation>
    </message>
    <message>
      <source>&amp;New…</source>
      <translation>&amp;Nieuw…</translation>
    </message>
    <message>
      <source>&amp;Edit…</source>
      <translation>&amp;Bewerken…</translation>
    </message>
    <message>
      <source>&amp;Delete…</source>
      <translation>&amp;Verwijderen…</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Sluiten</translation>
    </message>
    <message>
      <source>&amp;Organisation:</source>
      <translation>&amp;Organisatie:</translation>
    </message>
    <message>
      <source>There is no organisation yet.</source>
      <translation>Er is nog geen organisatie.</translation>
    </message>
    <message>
      <source>No signals yet for this organisation. Choose New (Ctrl+N) after you gave advice or signalled a trend.</source>
      <translation>Nog geen signalen voor deze organisatie. Kies Nieuw (Ctrl+N) nadat u advies gaf of een tendens signaleerde.</translation>
    </message>
    <message>
      <source>Delete signal</source>
      <translation>Signaal verwijderen</translation>
    </message>
    <message>
      <source>Delete the signal of %1, with its note? This cannot be undone.</source>
      <translation>Het signaal van %1 verwijderen, met de notitie? Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
  </context>
  <context>
    <name>StrengthMeter</name>
    <message>
      <source>Passphrase strength</source>
      <translation>Sterkte van de wachtwoordzin</translation>
    </message>
  </context>
  <context>
    <name>TimelineModel</name>
    <message>
      <source>Request</source>
      <translation>Verzoek</translation>
    </message>
    <message>
      <source>Intake</source>
      <translation>Intake</translation>
    </message>
    <message>
      <source>Consent</source>
      <translation>Toestemming</translation>
    </message>
    <message>
      <source>Consent withdrawn</source>
      <translation>Toestemming ingetrokken</translation>
    </message>
    <message>
      <source>Contact</source>
      <translation>Contact</translation>
    </message>
    <message>
      <source>Intervention</source>
      <translation>Interventie</translation>
    </message>
    <message>
      <source>Referral</source>
      <translation>Doorverwijzing</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation>Afgesloten</translation>
    </message>
    <message>
      <source>Reopened</source>
      <translation>Heropend</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <source>What</source>
      <translation>Wat</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>Details</translation>
    </message>
    <message>
      <source>channel: %1</source>
      <translation>kanaal: %1</translation>
    </message>
    <message>
      <source>not yet heard</source>
      <translation>nog niet gehoord</translation>
    </message>
    <message>
      <source>%1 min</source>
      <translation>%1 min</translation>
    </message>
    <message>
      <source>by the other party</source>
      <translation>door de andere partij</translation>
    </message>
    <message>
      <source>withdrawn on %1</source>
      <translation>ingetrokken op %1</translation>
    </message>
    <message>
      <source>other party agreed</source>
      <translation>andere partij stemde in</translation>
    </message>
    <message>
      <source>contacted by me, with consent</source>
      <translation>door mij gecontacteerd, met toestemming</translation>
    </message>
    <message>
      <source>advice: the requester goes alone</source>
      <translation>advies: de verzoeker gaat zelf</translation>
    </message>
    <message>
      <source>formal request</source>
      <translation>formeel verzoek</translation>
    </message>
  </context>
  <context>
    <name>UnlockView</name>
    <message>
      <source>VP Desk is locked</source>
      <translation>VP Desk is vergrendeld</translation>
    </message>
    <message>
      <source>Passphrase</source>
      <translation>Wachtwoordzin</translation>
    </message>
    <message>
      <source>&amp;Unlock</source>
      <translation>&amp;Ontgrendelen</translation>
    </message>
    <message>
      <source>Error message</source>
      <translation>Foutmelding</translation>
    </message>
    <message>
      <source>Unlocking</source>
      <translation>Bezig met ontgrendelen</translation>
    </message>
    <message>
      <source>Open another vault…</source>
      <translation>Een andere kluis openen…</translation>
    </message>
    <message>
      <source>Create a new vault…</source>
      <translation>Een nieuwe kluis aanmaken…</translation>
    </message>
    <message>
      <source>Please type your passphrase.</source>
      <translation>Typ uw wachtwoordzin.</translation>
    </message>
  </context>
  <context>
    <name>Validation</name>
    <message>
      <source>This text is too long ({length} characters; at most {limit}). Nothing was saved: shorten it and save again.</source>
      <translation>Deze tekst is te lang ({length} tekens; hoogstens {limit}). Er werd niets opgeslagen: maak hem korter en sla opnieuw op.</translation>
    </message>
    <message>
      <source>This text contains an invalid control character.</source>
      <translation>Deze tekst bevat een ongeldig stuurteken.</translation>
    </message>
    <message>
      <source>Please enter a date.</source>
      <translation>Vul een datum in.</translation>
    </message>
    <message>
      <source>The date lies in the future.</source>
      <translation>De datum ligt in de toekomst.</translation>
    </message>
    <message>
      <source>The date lies before the start of the dossier ({start}).</source>
      <translation>De datum ligt vóór de start van het dossier ({start}).</translation>
    </message>
    <message>
      <source>Choose an aftercare date within {years} years.</source>
      <translation>Kies een nazorgdatum binnen {years} jaar.</translation>
    </message>
    <message>
      <source>At most {max} steps, one per line.</source>
      <translation>Hoogstens {max} stappen, één per regel.</translation>
    </message>
    <message>
      <source>A step is longer than {max} characters: split it over two lines.</source>
      <translation>Een stap is langer dan {max} tekens: verdeel hem over twee regels.</translation>
    </message>
    <message>
      <source>Please make a choice.</source>
      <translation>Maak een keuze.</translation>
    </message>
    <message>
      <source>The hours must be between 0 and {max}.</source>
      <translation>Het aantal uren moet tussen 0 en {max} liggen.</translation>
    </message>
    <message>
      <source>The certificate cannot be filed before the activity ({day}).</source>
      <translation>Het attest kan niet vóór de activiteit ({day}) bewaard zijn.</translation>
    </message>
    <message>
      <source>The register of facts by third parties exists only for Belgian organisations.</source>
      <translation>Het register van feiten door derden bestaat alleen voor Belgische organisaties.</translation>
    </message>
    <message>
      <source>The registration date cannot lie before that of the previous entry ({date}): numbers follow the order of registration.</source>
      <translation>De registratiedatum kan niet vóór die van de vorige vermelding liggen ({date}): de nummers volgen de volgorde van registratie.</translation>
    </message>
    <message>
      <source>The registration date cannot lie after that of the next entry ({date}).</source>
      <translation>De registratiedatum kan niet na die van de volgende vermelding liggen ({date}).</translation>
    </message>
    <message>
      <source>The facts cannot end before they started ({start}).</source>
      <translation>De feiten kunnen niet eindigen vóór ze begonnen ({start}).</translation>
    </message>
    <message>
      <source>The facts cannot start after the day they were registered.</source>
      <translation>De feiten kunnen niet beginnen na de dag van registratie.</translation>
    </message>
    <message>
      <source>Choose at least one type.</source>
      <translation>Kies minstens één type.</translation>
    </message>
    <message>
      <source>This choice is not valid for the organisation's profile.</source>
      <translation>Deze keuze past niet bij het profiel van de organisatie.</translation>
    </message>
    <message>
      <source>The worker's identity may be recorded only with the worker's consent.</source>
      <translation>De identiteit van de werknemer mag alleen met diens toestemming vermeld worden.</translation>
    </message>
    <message>
      <source>Please describe the facts.</source>
      <translation>Beschrijf de feiten.</translation>
    </message>
    <message>
      <source>Please enter a name.</source>
      <translation>Vul een naam in.</translation>
    </message>
    <message>
      <source>An organisation with this name already exists.</source>
      <translation>Er bestaat al een organisatie met deze naam.</translation>
    </message>
    <message>
      <source>Please choose Belgium or the Netherlands.</source>
      <translation>Kies België of Nederland.</translation>
    </message>
    <message>
      <source>The retention period must be between 0 and 30 years.</source>
      <translation>De bewaartermijn moet tussen 0 en 30 jaar liggen.</translation>
    </message>
    <message>
      <source>Please enter a pseudonym or code.</source>
      <translation>Vul een pseudoniem of code in.</translation>
    </message>
    <message>
      <source>Choose at least one theme.</source>
      <translation>Kies minstens één thema.</translation>
    </message>
    <message>
      <source>The duration must be between 0 and {max} minutes.</source>
      <translation>De duur moet tussen 0 en {max} minuten liggen.</translation>
    </message>
    <message>
      <source>This intervention involves a third person: it can only be saved once the requester's consent for it is recorded (and not withdrawn) on that date.</source>
      <translation>Bij deze interventie is een derde betrokken: ze kan pas worden opgeslagen als de toestemming van de verzoeker ervoor op die datum is vastgelegd (en niet ingetrokken).</translation>
    </message>
    <message>
      <source>A reconciliation needs the agreement of both parties: record that the other party agreed.</source>
      <translation>Een verzoening vraagt het akkoord van beide partijen: leg vast dat de andere partij akkoord ging.</translation>
    </message>
    <message>
      <source>You contact or inform the destination of this referral: it can only be saved once the requester's consent for a referral is recorded (and not withdrawn) on that date. Advice the requester acts on alone needs no consent.</source>
      <translation>U neemt contact op met de bestemming van deze doorverwijzing of brengt ze op de hoogte: dat kan pas worden opgeslagen als de toestemming van de verzoeker voor een doorverwijzing op die datum is vastgelegd (en niet ingetrokken). Advies waarmee de verzoeker zelf aan de slag gaat, vraagt geen toestemming.</translation>
    </message>
    <message>
      <source>This pseudonym is already used in this organisation.</source>
      <translation>Dit pseudoniem wordt in deze organisatie al gebruikt.</translation>
    </message>
    <message>
      <source>This dossier is already closed.</source>
      <translation>Dit dossier is al afgesloten.</translation>
    </message>
    <message>
      <source>This dossier is not closed.</source>
      <translation>Dit dossier is niet afgesloten.</translation>
    </message>
    <message>
      <source>A dossier cannot be reopened before it was closed ({closed}).</source>
      <translation>Een dossier kan niet heropend worden vóór het werd afgesloten ({closed}).</translation>
    </message>
    <message>
      <source>The intake, closures and reopenings are the history of the dossier and cannot be deleted.</source>
      <translation>De intake, afsluitingen en heropeningen vormen de geschiedenis van het dossier en kunnen niet verwijderd worden.</translation>
    </message>
    <message>
      <source>This consent is the basis of a recorded intervention or referral and cannot be deleted. Record its withdrawal instead: the history is kept.</source>
      <translation>Deze toestemming is de basis van een vastgelegde interventie of doorverwijzing en kan niet verwijderd worden. Leg in de plaats de intrekking vast: de geschiedenis blijft bewaard.</translation>
    </message>
    <message>
      <source>Choose a number of days between 1 and 3650.</source>
      <translation>Kies een aantal dagen tussen 1 en 3650.</translation>
    </message>
  </context>
  <context>
    <name>VaultError</name>
    <message>
      <source>This passphrase is too easy to guess: {reason}</source>
      <translation>Deze wachtwoordzin is te makkelijk te raden: {reason}</translation>
    </message>
    <message>
      <source>The vault could not be used.</source>
      <translation>De kluis kon niet worden gebruikt.</translation>
    </message>
    <message>
      <source>The passphrase is wrong (or the file is not a VP Desk vault). Nothing was changed.</source>
      <translation>De wachtwoordzin is fout (of het bestand is geen VP Desk-kluis). Er werd niets gewijzigd.</translation>
    </message>
    <message>
      <source>This file is not a VP Desk vault, or it is damaged. It was left untouched.</source>
      <translation>Dit bestand is geen VP Desk-kluis, of het is beschadigd. Het werd niet aangeraakt.</translation>
    </message>
    <message>
      <source>This vault is already open in another VP Desk window or program. Close it there first.</source>
      <translation>Deze kluis is al geopend in een ander VP Desk-venster of -programma. Sluit ze daar eerst.</translation>
    </message>
    <message>
      <source>This vault was written by a newer version of VP Desk (format {found}; this version reads up to {supported}). Update VP Desk. The vault was left untouched.</source>
      <translation>Deze kluis werd geschreven door een nieuwere versie van VP Desk (formaat {found}; deze versie leest tot {supported}). Werk VP Desk bij. De kluis werd niet aangeraakt.</translation>
    </message>
    <message>
      <source>A file already exists at this location; choose another name.</source>
      <translation>Op deze locatie staat al een bestand; kies een andere naam.</translation>
    </message>
    <message>
      <source>There is no vault at this location.</source>
      <translation>Op deze locatie staat geen kluis.</translation>
    </message>
    <message>
      <source>The disk is full or not writable; the last change was not saved. Free some space and try again.</source>
      <translation>De schijf is vol of niet beschrijfbaar; de laatste wijziging werd niet opgeslagen. Maak ruimte vrij en probeer opnieuw.</translation>
    </message>
    <message>
      <source>A passphrase cannot be empty or contain control characters.</source>
      <translation>Een wachtwoordzin mag niet leeg zijn of stuurtekens bevatten.</translation>
    </message>
    <message>
      <source>The vault file is damaged ({detail}). It was left untouched and nothing more is saved to it. Restore a backup (File → Restore from backup…).</source>
      <translation>Het kluisbestand is beschadigd ({detail}). Het is niet gewijzigd en er wordt niets meer in opgeslagen. Zet een reservekopie terug (Bestand → Terugzetten uit reservekopie…).</translation>
    </message>
    <message>
      <source>The vault's journal file (…-wal, left by a crash) is damaged or belongs to another file: {detail}. The vault was left untouched. Restore a backup (File → Restore from backup…).</source>
      <translation>Het journaalbestand van de kluis (…-wal, achtergelaten door een crash) is beschadigd of hoort bij een ander bestand: {detail}. De kluis is niet gewijzigd. Zet een reservekopie terug (Bestand → Terugzetten uit reservekopie…).</translation>
    </message>
    <message>
      <source>The disk holding the vault is full, so it cannot be opened. Free some space and try again. The vault was left untouched.</source>
      <translation>De schijf met de kluis is vol, dus de kluis kan niet geopend worden. Maak wat ruimte vrij en probeer opnieuw. De kluis is niet gewijzigd.</translation>
    </message>
    <message>
      <source>VP Desk is not allowed to read or write this vault or its folder (permission denied). Check the file's owner and permissions. The vault was left untouched.</source>
      <translation>VP Desk mag deze kluis of de map ervan niet lezen of schrijven (toegang geweigerd). Controleer de eigenaar en de rechten van het bestand. De kluis is niet gewijzigd.</translation>
    </message>
    <message>
      <source>The vault is on a read-only disk or folder, so it cannot be opened for work. Copy it to a writable folder first. It was left untouched.</source>
      <translation>De kluis staat op een alleen-lezen schijf of map en kan dus niet geopend worden om te werken. Kopieer ze eerst naar een map waarin geschreven kan worden. Ze is niet gewijzigd.</translation>
    </message>
    <message>
      <source>The disk reported a read or write error (I/O error); it may be failing or was removed. The vault was left untouched. Copy it to another disk, or restore a backup.</source>
      <translation>De schijf meldde een lees- of schrijffout (I/O-fout); ze is misschien defect of werd verwijderd. De kluis is niet gewijzigd. Kopieer ze naar een andere schijf, of zet een reservekopie terug.</translation>
    </message>
    <message>
      <source>The passphrase was not changed: the disk is full or not writable (a change rewrites the whole vault and needs about its size in free space). The old passphrase still works and nothing was lost. Free some space and try again.</source>
      <translation>De wachtwoordzin is niet gewijzigd: de schijf is vol of niet beschrijfbaar (een wijziging herschrijft de hele kluis en heeft ongeveer haar grootte aan vrije ruimte nodig). De oude wachtwoordzin werkt nog en er ging niets verloren. Maak wat ruimte vrij en probeer opnieuw.</translation>
    </message>
    <message>
      <source>This record no longer exists.</source>
      <translation>Dit gegeven bestaat niet meer.</translation>
    </message>
    <message>
      <source>The backup copy did not pass its check ({detail}); it was removed. The vault itself is unchanged.</source>
      <translation>De reservekopie doorstond de controle niet ({detail}); ze is verwijderd. De kluis zelf is ongewijzigd.</translation>
    </message>
    <message>
      <source>This backup is damaged ({detail}). It was left untouched; choose another backup.</source>
      <translation>Deze reservekopie is beschadigd ({detail}). Ze is onaangeroerd gelaten; kies een andere reservekopie.</translation>
    </message>
    <message>
      <source>The vault cannot be replaced while it is open or has unsaved changes in its journal. Lock it first.</source>
      <translation>De kluis kan niet vervangen worden zolang ze open is of niet-verwerkte wijzigingen in haar journaal heeft. Vergrendel ze eerst.</translation>
    </message>
    <message>
      <source>Only the last entry of the register (no. {last}) can be deleted, to correct a mistake: numbers must stay without gaps. Correct this entry instead; it is erased when it expires.</source>
      <translation>Alleen de laatste vermelding van het register (nr. {last}) kan verwijderd worden, om een vergissing recht te zetten: de nummering mag geen gaten hebben. Verbeter deze vermelding in plaats daarvan; ze wordt gewist wanneer ze vervalt.</translation>
    </message>
    <message>
      <source>{start} to {end} is not a reporting period of this organisation. A report covers one whole reporting year (or a summary of 2 to 5 of them), so that no two reports differ by a few people.</source>
      <translation>{start} tot {end} is geen verslagperiode van deze organisatie. Een verslag omvat één volledig verslagjaar (of een samenvatting van 2 tot 5 jaren), zodat geen twee verslagen in enkele personen verschillen.</translation>
    </message>
    <message>
      <source>The report was not exported: its signals and recommendations text holds words that could identify someone ({count}: {words}). Rewrite them, then export again. Nothing was written.</source>
      <translation>Het verslag werd niet geëxporteerd: de tekst met signalen en aanbevelingen bevat woorden die iemand kunnen identificeren ({count}: {words}). Herschrijf ze en exporteer opnieuw. Er werd niets geschreven.</translation>
    </message>
    <message>
      <source>The signals and recommendations text is too long ({length} characters; at most {limit}). Nothing was written.</source>
      <translation>De tekst met signalen en aanbevelingen is te lang ({length} tekens; hoogstens {limit}). Er werd niets geschreven.</translation>
    </message>
    <message>
      <source>This report cannot be exported: together with the reports exported before, it would let a reader work out a small number ({what}). Nothing was written.</source>
      <translation>Dit verslag kan niet worden geëxporteerd: samen met de eerder geëxporteerde verslagen zou een lezer een klein aantal kunnen afleiden ({what}). Er werd niets geschreven.</translation>
    </message>
    <message>
      <source>The report was not made: the vault holds a category ({key}) that the catalog of this organisation's profile does not know. Correct the record, then export again.</source>
      <translation>Het verslag werd niet gemaakt: de kluis bevat een categorie ({key}) die de catalogus van het profiel van deze organisatie niet kent. Verbeter het record en exporteer opnieuw.</translation>
    </message>
    <message>
      <source>The passphrase was not changed: the keychain remembers the current one and did not let VP Desk remove it (it may be locked). Unlock the keychain and try again.</source>
      <translation>De wachtwoordzin is niet gewijzigd: de sleutelhanger onthoudt de huidige en liet VP Desk die niet verwijderen (ze is misschien vergrendeld). Ontgrendel de sleutelhanger en probeer opnieuw.</translation>
    </message>
    <message>
      <source>The reporting year of this organisation cannot change any more: reports were already exported for it, and a shifted year would let readers subtract one report from another.</source>
      <translation>Het verslagjaar van deze organisatie kan niet meer veranderen: er werden al verslagen geëxporteerd, en een verschoven jaar zou lezers het ene verslag van het andere laten aftrekken.</translation>
    </message>
    <message>
      <source>This organisation still has dossiers ({count}). Archive it instead, or erase its dossiers first.</source>
      <translation>Deze organisatie heeft nog dossiers ({count}). Archiveer ze in de plaats, of wis eerst haar dossiers.</translation>
    </message>
  </context>
  <context>
    <name>VaultView</name>
    <message>
      <source>Organisation</source>
      <translation>Organisatie</translation>
    </message>
    <message>
      <source>Status filter</source>
      <translation>Statusfilter</translation>
    </message>
    <message>
      <source>All statuses</source>
      <translation>Alle statussen</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Open</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation>Afgesloten</translation>
    </message>
    <message>
      <source>Year filter</source>
      <translation>Jaarfilter</translation>
    </message>
    <message>
      <source>Theme filter</source>
      <translation>Themafilter</translation>
    </message>
    <message>
      <source>Search pseudonyms and notes (Ctrl+F)</source>
      <translation>Zoek in pseudoniemen en notities (Ctrl+F)</translation>
    </message>
    <message>
      <source>Search</source>
      <translation>Zoeken</translation>
    </message>
    <message>
      <source>Dossiers</source>
      <translation>Dossiers</translation>
    </message>
    <message>
      <source>Number of dossiers shown</source>
      <translation>Aantal getoonde dossiers</translation>
    </message>
    <message>
      <source>Dossier details</source>
      <translation>Dossierdetails</translation>
    </message>
    <message>
      <source>Select a dossier and press Enter to open it,
or press Ctrl+N to record a new intake.</source>
      <translation>Selecteer een dossier en druk op Enter om het te openen,
of druk op Ctrl+N voor een nieuwe intake.</translation>
    </message>
    <message>
      <source>&amp;Organisation:</source>
      <translation>&amp;Organisatie:</translation>
    </message>
    <message>
      <source>All organisations</source>
      <translation>Alle organisaties</translation>
    </message>
    <message>
      <source>All years</source>
      <translation>Alle jaren</translation>
    </message>
    <message>
      <source>All themes</source>
      <translation>Alle thema's</translation>
    </message>
    <message numerus="yes">
      <source>%n dossier(s)</source>
      <translation>
        <numerusform>%n dossier</numerusform>
        <numerusform>%n dossiers</numerusform>
      </translation>
    </message>
    <message>
      <source>%1 of %2 dossiers</source>
      <translation>%1 van %2 dossiers</translation>
    </message>
  </context>
  <context>
    <name>WelcomeView</name>
    <message>
      <source>Welcome to VP Desk</source>
      <translation>Welkom bij VP Desk</translation>
    </message>
    <message>
      <source>VP Desk keeps your notes as a confidant in one encrypted file on this computer: the vault. Nothing is sent anywhere. Create a new vault, or open one you already have.</source>
      <translation>VP Desk bewaart uw notities als vertrouwenspersoon in één versleuteld bestand op deze computer: de kluis. Er wordt niets verstuurd. Maak een nieuwe kluis aan, of open er een die u al hebt.</translation>
    </message>
    <message>
      <source>&amp;Create a new vault…</source>
      <translation>Nieuwe kluis &amp;aanmaken…</translation>
    </message>
    <message>
      <source>Create a new vault</source>
      <translation>Nieuwe kluis aanmaken</translation>
    </message>
    <message>
      <source>&amp;Open an existing vault…</source>
      <translation>Bestaande kluis &amp;openen…</translation>
    </message>
    <message>
      <source>Open an existing vault</source>
      <translation>Bestaande kluis openen</translation>
    </message>
  </context>
  <context>
    <name>m</name>
    <message>
      <source>Open</source>
      <translation>Open</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation>Afgesloten</translation>
    </message>
    <message>
      <source>not yet heard</source>
      <translation>nog niet gehoord</translation>
    </message>
  </context>
</TS>