<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl">
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
    <message>
      <source>This passphrase is too easy to guess: %s</source>
      <translation>Deze wachtwoordzin is te makkelijk te raden: %s</translation>
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
    <name>LockView</name>
    <message>
      <source>Something went wrong ({kind}). Nothing was changed.</source>
      <translation>Er ging iets mis ({kind}). Er werd niets gewijzigd.</translation>
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
      <translation>Beel&amp;d</translation>
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
      <source>Edit organisation</source>
      <translation>Organisatie bewerken</translation>
    </message>
    <message>
      <source>Choose an organisation in the list at the top first.</source>
      <translation>Kies eerst een organisatie in de lijst bovenaan.</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Taal</translation>
    </message>
    <message>
      <source>The new language is used from the next start of VP Desk.</source>
      <translation>De nieuwe taal wordt gebruikt vanaf de volgende start van VP Desk.</translation>
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
      <source>profile default</source>
      <translation>standaard van het profiel</translation>
    </message>
    <message>
      <source> years</source>
      <translation> jaar</translation>
    </message>
    <message>
      <source>Retention after closure</source>
      <translation>Bewaartermijn na afsluiting</translation>
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
  </context>
  <context>
    <name>Passphrase</name>
    <message>
      <source>use at least 10 characters (a short sentence is best)</source>
      <translation>gebruik minstens 10 tekens (een korte zin is het best)</translation>
    </message>
    <message>
      <source>it is made of common words, repeats or keyboard runs; add unrelated words</source>
      <translation>ze bestaat uit veelgebruikte woorden, herhalingen of toetsenbordreeksen; voeg woorden toe die niets met elkaar te maken hebben</translation>
    </message>
  </context>
  <context>
    <name>StrengthMeter</name>
    <message>
      <source>Passphrase strength</source>
      <translation>Sterkte van de wachtwoordzin</translation>
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
      <source>Please make a choice.</source>
      <translation>Maak een keuze.</translation>
    </message>
    <message>
      <source>This choice is not valid for the organisation's profile.</source>
      <translation>Deze keuze past niet bij het profiel van de organisatie.</translation>
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
      <source>A referral involves a third person: it can only be saved once the requester's consent for a referral is recorded (and not withdrawn) on that date.</source>
      <translation>Bij een doorverwijzing is een derde betrokken: ze kan pas worden opgeslagen als de toestemming van de verzoeker voor een doorverwijzing op die datum is vastgelegd (en niet ingetrokken).</translation>
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
      <source>This organisation still has {count} dossier(s). Archive it instead, or erase its dossiers first.</source>
      <translation>Deze organisatie heeft nog {count} dossier(s). Archiveer ze in de plaats, of wis eerst haar dossiers.</translation>
    </message>
    <message>
      <source>This record no longer exists.</source>
      <translation>Dit gegeven bestaat niet meer.</translation>
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
</TS>