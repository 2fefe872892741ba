<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
  <context>
    <name>App</name>
    <message>
      <source>Unexpected error</source>
      <translation>Unexpected error</translation>
    </message>
    <message>
      <source>Something unexpected went wrong ({kind}). Your vault is safe: every saved change is kept; only the edit in progress may need to be done again.</source>
      <translation>Something unexpected went wrong ({kind}). Your vault is safe: every saved change is kept; only the edit in progress may need to be done again.</translation>
    </message>
    <message>
      <source>Demo vault with invented data; its passphrase is “{p}”. It is deleted when you quit.</source>
      <translation>Demo vault with invented data; its passphrase is “{p}”. It is deleted when you quit.</translation>
    </message>
  </context>
  <context>
    <name>CreateVaultDialog</name>
    <message>
      <source>Create a new vault</source>
      <translation>Create a new vault</translation>
    </message>
    <message>
      <source>Vault location</source>
      <translation>Vault location</translation>
    </message>
    <message>
      <source>&amp;Browse…</source>
      <translation>&amp;Browse…</translation>
    </message>
    <message>
      <source>Passphrase</source>
      <translation>Passphrase</translation>
    </message>
    <message>
      <source>Repeat passphrase</source>
      <translation>Repeat passphrase</translation>
    </message>
    <message>
      <source>&lt;b&gt;Write your passphrase down and keep it somewhere safe.&lt;/b&gt; It is the only key to the vault: if you lose it, nobody — not even the makers of VP Desk — can open your notes again.</source>
      <translation>&lt;b&gt;Write your passphrase down and keep it somewhere safe.&lt;/b&gt; It is the only key to the vault: if you lose it, nobody — not even the makers of VP Desk — can open your notes again.</translation>
    </message>
    <message>
      <source>Error message</source>
      <translation>Error message</translation>
    </message>
    <message>
      <source>Create vault</source>
      <translation>Create vault</translation>
    </message>
    <message>
      <source>&amp;Location:</source>
      <translation>&amp;Location:</translation>
    </message>
    <message>
      <source>&amp;Passphrase:</source>
      <translation>&amp;Passphrase:</translation>
    </message>
    <message>
      <source>&amp;Repeat:</source>
      <translation>&amp;Repeat:</translation>
    </message>
    <message>
      <source>Strength:</source>
      <translation>Strength:</translation>
    </message>
    <message>
      <source>Where should the vault be kept?</source>
      <translation>Where should the vault be kept?</translation>
    </message>
    <message>
      <source>VP Desk vault (*%s)</source>
      <translation>VP Desk vault (*%s)</translation>
    </message>
    <message>
      <source>Please choose where the vault is kept.</source>
      <translation>Please choose where the vault is kept.</translation>
    </message>
    <message>
      <source>A file already exists there. Choose another name, or open it instead.</source>
      <translation>A file already exists there. Choose another name, or open it instead.</translation>
    </message>
    <message>
      <source>The two passphrases are not the same.</source>
      <translation>The two passphrases are not the same.</translation>
    </message>
    <message>
      <source>This passphrase is too easy to guess: %s</source>
      <translation>This passphrase is too easy to guess: %s</translation>
    </message>
  </context>
  <context>
    <name>DossierTableModel</name>
    <message>
      <source>Pseudonym</source>
      <translation>Pseudonym</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>Organisation</translation>
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
      <translation>Themes</translation>
    </message>
    <message>
      <source>Last activity</source>
      <translation>Last activity</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Open</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation>Closed</translation>
    </message>
    <message>
      <source>not yet heard</source>
      <translation>not yet heard</translation>
    </message>
  </context>
  <context>
    <name>LockView</name>
    <message>
      <source>Something went wrong ({kind}). Nothing was changed.</source>
      <translation>Something went wrong ({kind}). Nothing was changed.</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>&amp;File</source>
      <translation>&amp;File</translation>
    </message>
    <message>
      <source>&amp;Dossier</source>
      <translation>&amp;Dossier</translation>
    </message>
    <message>
      <source>&amp;Tools</source>
      <translation>&amp;Tools</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>&amp;View</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;Help</translation>
    </message>
    <message>
      <source>New &amp;organisation…</source>
      <translation>New &amp;organisation…</translation>
    </message>
    <message>
      <source>&amp;Edit organisation…</source>
      <translation>&amp;Edit organisation…</translation>
    </message>
    <message>
      <source>&amp;Lock</source>
      <translation>&amp;Lock</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Quit</translation>
    </message>
    <message>
      <source>&amp;Find…</source>
      <translation>&amp;Find…</translation>
    </message>
    <message>
      <source>&amp;Language</source>
      <translation>&amp;Language</translation>
    </message>
    <message>
      <source>&amp;Keyboard shortcuts</source>
      <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
      <source>&amp;About VP Desk</source>
      <translation>&amp;About VP Desk</translation>
    </message>
    <message>
      <source>Open a vault</source>
      <translation>Open a vault</translation>
    </message>
    <message>
      <source>VP Desk vault (*%s);;All files (*)</source>
      <translation>VP Desk vault (*%s);;All files (*)</translation>
    </message>
    <message>
      <source>The vault was updated to the current format; a copy of the old file was kept beside it.</source>
      <translation>The vault was updated to the current format; a copy of the old file was kept beside it.</translation>
    </message>
    <message>
      <source>Edit organisation</source>
      <translation>Edit organisation</translation>
    </message>
    <message>
      <source>Choose an organisation in the list at the top first.</source>
      <translation>Choose an organisation in the list at the top first.</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Language</translation>
    </message>
    <message>
      <source>The new language is used from the next start of VP Desk.</source>
      <translation>The new language is used from the next start of VP Desk.</translation>
    </message>
    <message>
      <source>Keyboard shortcuts</source>
      <translation>Keyboard shortcuts</translation>
    </message>
    <message>
      <source>&lt;h3&gt;VP Desk %1&lt;/h3&gt;&lt;p&gt;Encrypted case notes and anonymous yearly reports for confidential counsellors at work. Works offline; nothing leaves this computer except the reports you export.&lt;/p&gt;&lt;p&gt;Licence: Apache 2.0. Built with Qt for Python (LGPL-3.0), SQLCipher (BSD), ReportLab (BSD), keyring (MIT), platformdirs (MIT), DejaVu fonts (Bitstream Vera licence).&lt;/p&gt;</source>
      <translation>&lt;h3&gt;VP Desk %1&lt;/h3&gt;&lt;p&gt;Encrypted case notes and anonymous yearly reports for confidential counsellors at work. Works offline; nothing leaves this computer except the reports you export.&lt;/p&gt;&lt;p&gt;Licence: Apache 2.0. Built with Qt for Python (LGPL-3.0), SQLCipher (BSD), ReportLab (BSD), keyring (MIT), platformdirs (MIT), DejaVu fonts (Bitstream Vera licence).&lt;/p&gt;</translation>
    </message>
    <message>
      <source>About VP Desk</source>
      <translation>About VP Desk</translation>
    </message>
  </context>
  <context>
    <name>OrganisationDialog</name>
    <message>
      <source>Organisation</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <source>New organisation</source>
      <translation>New organisation</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Jurisdiction</source>
      <translation>Jurisdiction</translation>
    </message>
    <message>
      <source>Language of the report</source>
      <translation>Language of the report</translation>
    </message>
    <message>
      <source>I was appointed on</source>
      <translation>I was appointed on</translation>
    </message>
    <message>
      <source>Appointment date</source>
      <translation>Appointment date</translation>
    </message>
    <message>
      <source>profile default</source>
      <translation>profile default</translation>
    </message>
    <message>
      <source> years</source>
      <translation> years</translation>
    </message>
    <message>
      <source>Retention after closure</source>
      <translation>Retention after closure</translation>
    </message>
    <message>
      <source>Archived (hidden from the organisation list)</source>
      <translation>Archived (hidden from the organisation list)</translation>
    </message>
    <message>
      <source>&amp;Name:</source>
      <translation>&amp;Name:</translation>
    </message>
    <message>
      <source>&amp;Jurisdiction:</source>
      <translation>&amp;Jurisdiction:</translation>
    </message>
    <message>
      <source>&amp;Language:</source>
      <translation>&amp;Language:</translation>
    </message>
    <message>
      <source>&amp;Retention after closure:</source>
      <translation>&amp;Retention after closure:</translation>
    </message>
  </context>
  <context>
    <name>Passphrase</name>
    <message>
      <source>use at least 10 characters (a short sentence is best)</source>
      <translation>use at least 10 characters (a short sentence is best)</translation>
    </message>
    <message>
      <source>it is made of common words, repeats or keyboard runs; add unrelated words</source>
      <translation>it is made of common words, repeats or keyboard runs; add unrelated words</translation>
    </message>
  </context>
  <context>
    <name>StrengthMeter</name>
    <message>
      <source>Passphrase strength</source>
      <translation>Passphrase strength</translation>
    </message>
    <message>
      <source>very weak</source>
      <translation>very weak</translation>
    </message>
    <message>
      <source>weak</source>
      <translation>weak</translation>
    </message>
    <message>
      <source>fair</source>
      <translation>fair</translation>
    </message>
    <message>
      <source>strong</source>
      <translation>strong</translation>
    </message>
    <message>
      <source>very strong</source>
      <translation>very strong</translation>
    </message>
  </context>
  <context>
    <name>UnlockView</name>
    <message>
      <source>VP Desk is locked</source>
      <translation>VP Desk is locked</translation>
    </message>
    <message>
      <source>Passphrase</source>
      <translation>Passphrase</translation>
    </message>
    <message>
      <source>&amp;Unlock</source>
      <translation>&amp;Unlock</translation>
    </message>
    <message>
      <source>Error message</source>
      <translation>Error message</translation>
    </message>
    <message>
      <source>Unlocking</source>
      <translation>Unlocking</translation>
    </message>
    <message>
      <source>Open another vault…</source>
      <translation>Open another vault…</translation>
    </message>
    <message>
      <source>Create a new vault…</source>
      <translation>Create a new vault…</translation>
    </message>
    <message>
      <source>Please type your passphrase.</source>
      <translation>Please type your passphrase.</translation>
    </message>
  </context>
  <context>
    <name>Validation</name>
    <message>
      <source>This text is too long ({length} characters; at most {limit}). Nothing was saved: shorten it and save again.</source>
      <translation>This text is too long ({length} characters; at most {limit}). Nothing was saved: shorten it and save again.</translation>
    </message>
    <message>
      <source>This text contains an invalid control character.</source>
      <translation>This text contains an invalid control character.</translation>
    </message>
    <message>
      <source>Please enter a date.</source>
      <translation>Please enter a date.</translation>
    </message>
    <message>
      <source>The date lies in the future.</source>
      <translation>The date lies in the future.</translation>
    </message>
    <message>
      <source>The date lies before the start of the dossier ({start}).</source>
      <translation>The date lies before the start of the dossier ({start}).</translation>
    </message>
    <message>
      <source>Please make a choice.</source>
      <translation>Please make a choice.</translation>
    </message>
    <message>
      <source>This choice is not valid for the organisation's profile.</source>
      <translation>This choice is not valid for the organisation's profile.</translation>
    </message>
    <message>
      <source>Please enter a name.</source>
      <translation>Please enter a name.</translation>
    </message>
    <message>
      <source>An organisation with this name already exists.</source>
      <translation>An organisation with this name already exists.</translation>
    </message>
    <message>
      <source>Please choose Belgium or the Netherlands.</source>
      <translation>Please choose Belgium or the Netherlands.</translation>
    </message>
    <message>
      <source>The retention period must be between 0 and 30 years.</source>
      <translation>The retention period must be between 0 and 30 years.</translation>
    </message>
    <message>
      <source>Please enter a pseudonym or code.</source>
      <translation>Please enter a pseudonym or code.</translation>
    </message>
    <message>
      <source>Choose at least one theme.</source>
      <translation>Choose at least one theme.</translation>
    </message>
    <message>
      <source>The duration must be between 0 and {max} minutes.</source>
      <translation>The duration must be between 0 and {max} minutes.</translation>
    </message>
    <message>
      <source>This intervention involves a third person: it can only be saved once the requester's consent for it is recorded (and not withdrawn) on that date.</source>
      <translation>This intervention involves a third person: it can only be saved once the requester's consent for it is recorded (and not withdrawn) on that date.</translation>
    </message>
    <message>
      <source>A reconciliation needs the agreement of both parties: record that the other party agreed.</source>
      <translation>A reconciliation needs the agreement of both parties: record that the other party agreed.</translation>
    </message>
    <message>
      <source>A referral involves a third person: it can only be saved once the requester's consent for a referral is recorded (and not withdrawn) on that date.</source>
      <translation>A referral involves a third person: it can only be saved once the requester's consent for a referral is recorded (and not withdrawn) on that date.</translation>
    </message>
    <message>
      <source>This pseudonym is already used in this organisation.</source>
      <translation>This pseudonym is already used in this organisation.</translation>
    </message>
    <message>
      <source>This dossier is already closed.</source>
      <translation>This dossier is already closed.</translation>
    </message>
    <message>
      <source>This dossier is not closed.</source>
      <translation>This dossier is not closed.</translation>
    </message>
  </context>
  <context>
    <name>VaultError</name>
    <message>
      <source>This passphrase is too easy to guess: {reason}</source>
      <translation>This passphrase is too easy to guess: {reason}</translation>
    </message>
    <message>
      <source>The vault could not be used.</source>
      <translation>The vault could not be used.</translation>
    </message>
    <message>
      <source>The passphrase is wrong (or the file is not a VP Desk vault). Nothing was changed.</source>
      <translation>The passphrase is wrong (or the file is not a VP Desk vault). Nothing was changed.</translation>
    </message>
    <message>
      <source>This file is not a VP Desk vault, or it is damaged. It was left untouched.</source>
      <translation>This file is not a VP Desk vault, or it is damaged. It was left untouched.</translation>
    </message>
    <message>
      <source>This vault is already open in another VP Desk window or program. Close it there first.</source>
      <translation>This vault is already open in another VP Desk window or program. Close it there first.</translation>
    </message>
    <message>
      <source>This vault was written by a newer version of VP Desk (format {found}; this version reads up to {supported}). Update VP Desk. The vault was left untouched.</source>
      <translation>This vault was written by a newer version of VP Desk (format {found}; this version reads up to {supported}). Update VP Desk. The vault was left untouched.</translation>
    </message>
    <message>
      <source>A file already exists at this location; choose another name.</source>
      <translation>A file already exists at this location; choose another name.</translation>
    </message>
    <message>
      <source>There is no vault at this location.</source>
      <translation>There is no vault at this location.</translation>
    </message>
    <message>
      <source>The disk is full or not writable; the last change was not saved. Free some space and try again.</source>
      <translation>The disk is full or not writable; the last change was not saved. Free some space and try again.</translation>
    </message>
    <message>
      <source>A passphrase cannot be empty or contain control characters.</source>
      <translation>A passphrase cannot be empty or contain control characters.</translation>
    </message>
    <message>
      <source>This organisation still has {count} dossier(s). Archive it instead, or erase its dossiers first.</source>
      <translation>This organisation still has {count} dossier(s). Archive it instead, or erase its dossiers first.</translation>
    </message>
    <message>
      <source>This record no longer exists.</source>
      <translation>This record no longer exists.</translation>
    </message>
  </context>
  <context>
    <name>VaultView</name>
    <message>
      <source>Organisation</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <source>Status filter</source>
      <translation>Status filter</translation>
    </message>
    <message>
      <source>All statuses</source>
      <translation>All statuses</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Open</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation>Closed</translation>
    </message>
    <message>
      <source>Year filter</source>
      <translation>Year filter</translation>
    </message>
    <message>
      <source>Search pseudonyms and notes (Ctrl+F)</source>
      <translation>Search pseudonyms and notes (Ctrl+F)</translation>
    </message>
    <message>
      <source>Search</source>
      <translation>Search</translation>
    </message>
    <message>
      <source>Dossiers</source>
      <translation>Dossiers</translation>
    </message>
    <message>
      <source>Number of dossiers shown</source>
      <translation>Number of dossiers shown</translation>
    </message>
    <message>
      <source>Dossier details</source>
      <translation>Dossier details</translation>
    </message>
    <message>
      <source>Select a dossier and press Enter to open it,
or press Ctrl+N to record a new intake.</source>
      <translation>Select a dossier and press Enter to open it,
or press Ctrl+N to record a new intake.</translation>
    </message>
    <message>
      <source>&amp;Organisation:</source>
      <translation>&amp;Organisation:</translation>
    </message>
    <message>
      <source>All organisations</source>
      <translation>All organisations</translation>
    </message>
    <message>
      <source>All years</source>
      <translation>All years</translation>
    </message>
    <message numerus="yes">
      <source>%n dossier(s)</source>
      <translation>
        <numerusform>%n dossier(s)</numerusform>
        <numerusform>%n dossier(s)</numerusform>
      </translation>
    </message>
    <message>
      <source>%1 of %2 dossiers</source>
      <translation>%1 of %2 dossiers</translation>
    </message>
  </context>
  <context>
    <name>WelcomeView</name>
    <message>
      <source>Welcome to VP Desk</source>
      <translation>Welcome to VP Desk</translation>
    </message>
    <message>
      <source>VP Desk keeps your notes as a confidant in one encrypted file on this computer: the vault. Nothing is sent anywhere. Create a new vault, or open one you already have.</source>
      <translation>VP Desk keeps your notes as a confidant in one encrypted file on this computer: the vault. Nothing is sent anywhere. Create a new vault, or open one you already have.</translation>
    </message>
    <message>
      <source>&amp;Create a new vault…</source>
      <translation>&amp;Create a new vault…</translation>
    </message>
    <message>
      <source>Create a new vault</source>
      <translation>Create a new vault</translation>
    </message>
    <message>
      <source>&amp;Open an existing vault…</source>
      <translation>&amp;Open an existing vault…</translation>
    </message>
    <message>
      <source>Open an existing vault</source>
      <translation>Open an existing vault</translation>
    </message>
  </context>
</TS>