<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
  <context>
    <name>AccessView</name>
    <message>
      <source>Access view</source>
      <translation>Access view</translation>
    </message>
    <message>
      <source>What is stored about the requester</source>
      <translation>What is stored about the requester</translation>
    </message>
    <message>
      <source>Show my working notes (contact, intervention and referral notes)</source>
      <translation>Show my working notes (contact, intervention and referral notes)</translation>
    </message>
    <message>
      <source>Show working notes</source>
      <translation>Show working notes</translation>
    </message>
    <message>
      <source>Working notes of the confidant</source>
      <translation>Working notes of the confidant</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Close</translation>
    </message>
    <message>
      <source>Read only. Go through this with the requester on screen; nothing is printed or exported.</source>
      <translation>Read only. Go through this with the requester on screen; nothing is printed or exported.</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>yes</translation>
    </message>
    <message>
      <source>no</source>
      <translation>no</translation>
    </message>
    <message>
      <source>Dossier %1</source>
      <translation>Dossier %1</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <source>Pseudonym / code</source>
      <translation>Pseudonym / code</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>(not recorded)</source>
      <translation>(not recorded)</translation>
    </message>
    <message>
      <source>Date of the request</source>
      <translation>Date of the request</translation>
    </message>
    <message>
      <source>Date of the intake</source>
      <translation>Date of the intake</translation>
    </message>
    <message>
      <source>Channel</source>
      <translation>Channel</translation>
    </message>
    <message>
      <source>Themes</source>
      <translation>Themes</translation>
    </message>
    <message>
      <source>Sphere</source>
      <translation>Sphere</translation>
    </message>
    <message>
      <source>Other party</source>
      <translation>Other party</translation>
    </message>
    <message>
      <source>Gender</source>
      <translation>Gender</translation>
    </message>
    <message>
      <source>Age band</source>
      <translation>Age band</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>Role</translation>
    </message>
    <message>
      <source>Department head or senior official involved</source>
      <translation>Department head or senior official involved</translation>
    </message>
    <message>
      <source>Group problem</source>
      <translation>Group problem</translation>
    </message>
    <message>
      <source>Formal request considered</source>
      <translation>Formal request considered</translation>
    </message>
    <message>
      <source>Closing note: %1</source>
      <translation>Closing note: %1</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>closed</source>
      <translation>closed</translation>
    </message>
    <message>
      <source>open</source>
      <translation>open</translation>
    </message>
    <message>
      <source>Closed on</source>
      <translation>Closed on</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation>Outcome</translation>
    </message>
    <message>
      <source>To be erased on</source>
      <translation>To be erased on</translation>
    </message>
    <message>
      <source>(open dossier: not yet set)</source>
      <translation>(open dossier: not yet set)</translation>
    </message>
    <message>
      <source>Aftercare conversation</source>
      <translation>Aftercare conversation</translation>
    </message>
    <message>
      <source>What you told at the intake</source>
      <translation>What you told at the intake</translation>
    </message>
    <message>
      <source>Closing note</source>
      <translation>Closing note</translation>
    </message>
    <message>
      <source>Consents</source>
      <translation>Consents</translation>
    </message>
    <message>
      <source>withdrawn on %1</source>
      <translation>withdrawn on %1</translation>
    </message>
    <message>
      <source>Contacts</source>
      <translation>Contacts</translation>
    </message>
    <message>
      <source>%1 min</source>
      <translation>%1 min</translation>
    </message>
    <message>
      <source>Interventions</source>
      <translation>Interventions</translation>
    </message>
    <message>
      <source>Referrals</source>
      <translation>Referrals</translation>
    </message>
    <message>
      <source>contacted by me, with your consent</source>
      <translation>contacted by me, with your consent</translation>
    </message>
    <message>
      <source>advice: you contact them yourself</source>
      <translation>advice: you contact them yourself</translation>
    </message>
    <message>
      <source>Paper documents</source>
      <translation>Paper documents</translation>
    </message>
    <message>
      <source>History</source>
      <translation>History</translation>
    </message>
    <message>
      <source>reopened</source>
      <translation>reopened</translation>
    </message>
    <message>
      <source>Contact</source>
      <translation>Contact</translation>
    </message>
    <message>
      <source>Prevention adviser psychosocial aspects (PAPS) involved</source>
      <translation>Prevention adviser psychosocial aspects (PAPS) involved</translation>
    </message>
    <message>
      <source>Intervention</source>
      <translation>Intervention</translation>
    </message>
    <message>
      <source>Referral</source>
      <translation>Referral</translation>
    </message>
  </context>
  <context>
    <name>ActivityDialog</name>
    <message>
      <source>Own activity</source>
      <translation>Own activity</translation>
    </message>
    <message>
      <source>Activity</source>
      <translation>Activity</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <source> h</source>
      <translation> h</translation>
    </message>
    <message>
      <source>Hours</source>
      <translation>Hours</translation>
    </message>
    <message>
      <source>For which organisation</source>
      <translation>For which organisation</translation>
    </message>
    <message>
      <source>All organisations (my own training)</source>
      <translation>All organisations (my own training)</translation>
    </message>
    <message>
      <source>&amp;Proof of attendance filed on</source>
      <translation>&amp;Proof of attendance filed on</translation>
    </message>
    <message>
      <source>&amp;Certificate filed on</source>
      <translation>&amp;Certificate filed on</translation>
    </message>
    <message>
      <source>The paper certificate was filed</source>
      <translation>The paper certificate was filed</translation>
    </message>
    <message>
      <source>Date the certificate was filed</source>
      <translation>Date the certificate was filed</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <source>&amp;Activity:</source>
      <translation>&amp;Activity:</translation>
    </message>
    <message>
      <source>&amp;Date:</source>
      <translation>&amp;Date:</translation>
    </message>
    <message>
      <source>&amp;Hours:</source>
      <translation>&amp;Hours:</translation>
    </message>
    <message>
      <source>&amp;For:</source>
      <translation>&amp;For:</translation>
    </message>
    <message>
      <source>&amp;Note:</source>
      <translation>&amp;Note:</translation>
    </message>
  </context>
  <context>
    <name>ActivityModel</name>
    <message>
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>Activity</source>
      <translation>Activity</translation>
    </message>
    <message>
      <source>Hours</source>
      <translation>Hours</translation>
    </message>
    <message>
      <source>For</source>
      <translation>For</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <source>Certificate</source>
      <translation>Certificate</translation>
    </message>
    <message>
      <source>Proof of attendance</source>
      <translation>Proof of attendance</translation>
    </message>
    <message>
      <source>filed %1</source>
      <translation>filed %1</translation>
    </message>
    <message>
      <source>missing</source>
      <translation>missing</translation>
    </message>
    <message>
      <source>all organisations</source>
      <translation>all organisations</translation>
    </message>
  </context>
  <context>
    <name>AftercareDialog</name>
    <message>
      <source>Aftercare</source>
      <translation>Aftercare</translation>
    </message>
    <message>
      <source>A follow-up conversation with the requester, also after closing. From this date on it is listed under Due until you remove it.</source>
      <translation>A follow-up conversation with the requester, also after closing. From this date on it is listed under Due until you remove it.</translation>
    </message>
    <message>
      <source>Date of the aftercare conversation</source>
      <translation>Date of the aftercare conversation</translation>
    </message>
    <message>
      <source>Planned on %1.</source>
      <translation>Planned on %1.</translation>
    </message>
    <message>
      <source>No aftercare conversation planned.</source>
      <translation>No aftercare conversation planned.</translation>
    </message>
    <message>
      <source>Aftercare status</source>
      <translation>Aftercare status</translation>
    </message>
    <message>
      <source>&amp;Plan</source>
      <translation>&amp;Plan</translation>
    </message>
    <message>
      <source>&amp;Done — remove it</source>
      <translation>&amp;Done — remove it</translation>
    </message>
    <message>
      <source>The aftercare conversation took place: remove it</source>
      <translation>The aftercare conversation took place: remove it</translation>
    </message>
    <message>
      <source>&amp;Aftercare on:</source>
      <translation>&amp;Aftercare on:</translation>
    </message>
  </context>
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
    <name>Backup</name>
    <message>
      <source>Copying the encrypted vault…</source>
      <translation>Copying the encrypted vault…</translation>
    </message>
    <message>
      <source>Checking the copy…</source>
      <translation>Checking the copy…</translation>
    </message>
    <message>
      <source>Finishing…</source>
      <translation>Finishing…</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>Done</translation>
    </message>
    <message>
      <source>Checking the backup…</source>
      <translation>Checking the backup…</translation>
    </message>
    <message>
      <source>Copying the backup beside the vault…</source>
      <translation>Copying the backup beside the vault…</translation>
    </message>
    <message>
      <source>Keeping the current vault aside…</source>
      <translation>Keeping the current vault aside…</translation>
    </message>
  </context>
  <context>
    <name>BlankFormsDialog</name>
    <message>
      <source>Blank forms</source>
      <translation>Blank forms</translation>
    </message>
    <message>
      <source>Form</source>
      <translation>Form</translation>
    </message>
    <message>
      <source>Request for an informal psychosocial intervention</source>
      <translation>Request for an informal psychosocial intervention</translation>
    </message>
    <message>
      <source>Document confirming the personal interview</source>
      <translation>Document confirming the personal interview</translation>
    </message>
    <message>
      <source>Language of the form</source>
      <translation>Language of the form</translation>
    </message>
    <message>
      <source>The form is blank: nothing from the vault is written into it. Print it and fill it in by hand; record in the dossier (Dossier → Paper documents) when it was signed.</source>
      <translation>The form is blank: nothing from the vault is written into it. Print it and fill it in by hand; record in the dossier (Dossier → Paper documents) when it was signed.</translation>
    </message>
    <message>
      <source>&amp;Save PDF…</source>
      <translation>&amp;Save PDF…</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Close</translation>
    </message>
    <message>
      <source>&amp;Form:</source>
      <translation>&amp;Form:</translation>
    </message>
    <message>
      <source>&amp;Language:</source>
      <translation>&amp;Language:</translation>
    </message>
    <message>
      <source>Save the blank form</source>
      <translation>Save the blank form</translation>
    </message>
    <message>
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <source>The PDF could not be written: %1</source>
      <translation>The PDF could not be written: %1</translation>
    </message>
    <message>
      <source>The blank form was saved as %1.</source>
      <translation>The blank form was saved as %1.</translation>
    </message>
  </context>
  <context>
    <name>ChangePassphraseDialog</name>
    <message>
      <source>Change passphrase</source>
      <translation>Change passphrase</translation>
    </message>
    <message>
      <source>Current passphrase</source>
      <translation>Current passphrase</translation>
    </message>
    <message>
      <source>New passphrase</source>
      <translation>New passphrase</translation>
    </message>
    <message>
      <source>Repeat new passphrase</source>
      <translation>Repeat new passphrase</translation>
    </message>
    <message>
      <source>Write the new passphrase down and keep it somewhere safe. Backups made before now keep the old passphrase. A passphrase remembered in the keychain is forgotten.</source>
      <translation>Write the new passphrase down and keep it somewhere safe. Backups made before now keep the old passphrase. A passphrase remembered in the keychain is forgotten.</translation>
    </message>
    <message>
      <source>Error message</source>
      <translation>Error message</translation>
    </message>
    <message>
      <source>&amp;Current passphrase:</source>
      <translation>&amp;Current passphrase:</translation>
    </message>
    <message>
      <source>&amp;New passphrase:</source>
      <translation>&amp;New passphrase:</translation>
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
      <source>Please type your current passphrase.</source>
      <translation>Please type your current passphrase.</translation>
    </message>
    <message>
      <source>The two new passphrases are not the same.</source>
      <translation>The two new passphrases are not the same.</translation>
    </message>
    <message>
      <source>The new passphrase is the same as the current one.</source>
      <translation>The new passphrase is the same as the current one.</translation>
    </message>
    <message>
      <source>The current passphrase is wrong. Nothing was changed.</source>
      <translation>The current passphrase is wrong. Nothing was changed.</translation>
    </message>
  </context>
  <context>
    <name>ClosureDialog</name>
    <message>
      <source>Delete-by date</source>
      <translation>Delete-by date</translation>
    </message>
    <message>
      <source>Reopen dossier</source>
      <translation>Reopen dossier</translation>
    </message>
    <message>
      <source>Closed on %1 — %2.</source>
      <translation>Closed on %1 — %2.</translation>
    </message>
    <message>
      <source>Delete-by date while closed: %1. Reopening cancels it; the closure stays in the history.</source>
      <translation>Delete-by date while closed: %1. Reopening cancels it; the closure stays in the history.</translation>
    </message>
    <message>
      <source>Date of reopening</source>
      <translation>Date of reopening</translation>
    </message>
    <message>
      <source>&amp;Reopened on:</source>
      <translation>&amp;Reopened on:</translation>
    </message>
    <message>
      <source>Close dossier</source>
      <translation>Close dossier</translation>
    </message>
    <message>
      <source>Re&amp;open</source>
      <translation>Re&amp;open</translation>
    </message>
    <message>
      <source>Close &amp;dossier</source>
      <translation>Close &amp;dossier</translation>
    </message>
    <message>
      <source>Closing date</source>
      <translation>Closing date</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation>Outcome</translation>
    </message>
    <message>
      <source>Closing note</source>
      <translation>Closing note</translation>
    </message>
    <message>
      <source>&amp;Closed on:</source>
      <translation>&amp;Closed on:</translation>
    </message>
    <message>
      <source>&amp;Outcome:</source>
      <translation>&amp;Outcome:</translation>
    </message>
    <message>
      <source>&amp;Note:</source>
      <translation>&amp;Note:</translation>
    </message>
    <message>
      <source>&amp;Aftercare conversation on</source>
      <translation>&amp;Aftercare conversation on</translation>
    </message>
    <message>
      <source>Plan an aftercare conversation</source>
      <translation>Plan an aftercare conversation</translation>
    </message>
    <message>
      <source>Date of the aftercare conversation</source>
      <translation>Date of the aftercare conversation</translation>
    </message>
    <message>
      <source>Delete-by date after this closure: %1 (retention period of the organisation).</source>
      <translation>Delete-by date after this closure: %1 (retention period of the organisation).</translation>
    </message>
  </context>
  <context>
    <name>ClosureHelp</name>
    <message>
      <source>Closing ends the follow-up. The dossier counts as closed in the yearly report of the year it closes in, and its retention period starts (the delete-by date is shown below). You can reopen it later; this closing stays in its history.</source>
      <translation>Closing ends the follow-up. The dossier counts as closed in the yearly report of the year it closes in, and its retention period starts (the delete-by date is shown below). You can reopen it later; this closing stays in its history.</translation>
    </message>
    <message>
      <source>Outcome, counted anonymously in the report: %1.</source>
      <translation>Outcome, counted anonymously in the report: %1.</translation>
    </message>
    <message>
      <source>Aftercare: if you agreed to check in with the requester later, plan that contact before you close.</source>
      <translation>Aftercare: if you agreed to check in with the requester later, plan that contact before you close.</translation>
    </message>
    <message>
      <source>What closing does</source>
      <translation>What closing does</translation>
    </message>
    <message>
      <source>Reopening makes the dossier open again for new contacts, interventions and referrals. Its delete-by date is cancelled until it is closed again; the earlier closing (date, outcome and note) stays in its history.</source>
      <translation>Reopening makes the dossier open again for new contacts, interventions and referrals. Its delete-by date is cancelled until it is closed again; the earlier closing (date, outcome and note) stays in its history.</translation>
    </message>
    <message>
      <source>What reopening does</source>
      <translation>What reopening does</translation>
    </message>
  </context>
  <context>
    <name>ConsentDialog</name>
    <message>
      <source>New consent</source>
      <translation>New consent</translation>
    </message>
    <message>
      <source>Consent</source>
      <translation>Consent</translation>
    </message>
    <message>
      <source>Who consents</source>
      <translation>Who consents</translation>
    </message>
    <message>
      <source>The requester</source>
      <translation>The requester</translation>
    </message>
    <message>
      <source>The other party</source>
      <translation>The other party</translation>
    </message>
    <message>
      <source>What the consent is for</source>
      <translation>What the consent is for</translation>
    </message>
    <message>
      <source>Date of the consent</source>
      <translation>Date of the consent</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Description</translation>
    </message>
    <message>
      <source>For what exactly, with whom, how it was given …</source>
      <translation>For what exactly, with whom, how it was given …</translation>
    </message>
    <message>
      <source>&amp;Withdrawn on</source>
      <translation>&amp;Withdrawn on</translation>
    </message>
    <message>
      <source>The consent was withdrawn</source>
      <translation>The consent was withdrawn</translation>
    </message>
    <message>
      <source>Date of the withdrawal</source>
      <translation>Date of the withdrawal</translation>
    </message>
    <message>
      <source>&amp;Given by:</source>
      <translation>&amp;Given by:</translation>
    </message>
    <message>
      <source>&amp;For:</source>
      <translation>&amp;For:</translation>
    </message>
    <message>
      <source>&amp;Date:</source>
      <translation>&amp;Date:</translation>
    </message>
    <message>
      <source>D&amp;escription:</source>
      <translation>D&amp;escription:</translation>
    </message>
    <message>
      <source>A withdrawal keeps the consent in the history with the date it ended; interventions and referrals after that date need a new consent.</source>
      <translation>A withdrawal keeps the consent in the history with the date it ended; interventions and referrals after that date need a new consent.</translation>
    </message>
  </context>
  <context>
    <name>ConsentStatus</name>
    <message>
      <source>Consent status</source>
      <translation>Consent status</translation>
    </message>
    <message>
      <source>Record &amp;consent…</source>
      <translation>Record &amp;consent…</translation>
    </message>
    <message>
      <source>Record the requester's consent</source>
      <translation>Record the requester's consent</translation>
    </message>
    <message>
      <source>No consent needed: no third person is involved.</source>
      <translation>No consent needed: no third person is involved.</translation>
    </message>
    <message>
      <source>No consent of the requester is recorded for this on %1: it cannot be saved until you record one.</source>
      <translation>No consent of the requester is recorded for this on %1: it cannot be saved until you record one.</translation>
    </message>
    <message>
      <source>Consent of the requester recorded on %1.</source>
      <translation>Consent of the requester recorded on %1.</translation>
    </message>
  </context>
  <context>
    <name>ContactDialog</name>
    <message>
      <source>New contact</source>
      <translation>New contact</translation>
    </message>
    <message>
      <source>Edit contact</source>
      <translation>Edit contact</translation>
    </message>
    <message>
      <source>Date of the contact</source>
      <translation>Date of the contact</translation>
    </message>
    <message>
      <source>Kind of contact</source>
      <translation>Kind of contact</translation>
    </message>
    <message>
      <source> min</source>
      <translation> min</translation>
    </message>
    <message>
      <source>Duration in minutes</source>
      <translation>Duration in minutes</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <source>&amp;Date:</source>
      <translation>&amp;Date:</translation>
    </message>
    <message>
      <source>&amp;Kind:</source>
      <translation>&amp;Kind:</translation>
    </message>
    <message>
      <source>D&amp;uration:</source>
      <translation>D&amp;uration:</translation>
    </message>
    <message>
      <source>&amp;Notes:</source>
      <translation>&amp;Notes:</translation>
    </message>
    <message>
      <source>Unsaved contact</source>
      <translation>Unsaved contact</translation>
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
  </context>
  <context>
    <name>CrisisCard</name>
    <message>
      <source>Crisis lines and procedure</source>
      <translation>Crisis lines and procedure</translation>
    </message>
    <message>
      <source>Belgium</source>
      <translation>Belgium</translation>
    </message>
    <message>
      <source>The Netherlands</source>
      <translation>The Netherlands</translation>
    </message>
    <message>
      <source>or</source>
      <translation>or</translation>
    </message>
    <message>
      <source>call %1, %2</source>
      <translation>call %1, %2</translation>
    </message>
    <message>
      <source>Suicidal thoughts: help is available</source>
      <translation>Suicidal thoughts: help is available</translation>
    </message>
    <message>
      <source>Crisis procedure of the organisation:</source>
      <translation>Crisis procedure of the organisation:</translation>
    </message>
    <message>
      <source>No crisis procedure recorded for this organisation: add its steps with Edit organisation.</source>
      <translation>No crisis procedure recorded for this organisation: add its steps with Edit organisation.</translation>
    </message>
    <message>
      <source>Shown on screen only: nothing is sent or dialled.</source>
      <translation>Shown on screen only: nothing is sent or dialled.</translation>
    </message>
  </context>
  <context>
    <name>DateField</name>
    <message>
      <source>“%1” is not a date. Type it as dd-mm-yyyy, for example 15-03-2026.</source>
      <translation>“%1” is not a date. Type it as dd-mm-yyyy, for example 15-03-2026.</translation>
    </message>
  </context>
  <context>
    <name>DossierController</name>
    <message>
      <source>&amp;New intake…</source>
      <translation>&amp;New intake…</translation>
    </message>
    <message>
      <source>&amp;Edit intake…</source>
      <translation>&amp;Edit intake…</translation>
    </message>
    <message>
      <source>Add &amp;contact…</source>
      <translation>Add &amp;contact…</translation>
    </message>
    <message>
      <source>Record c&amp;onsent…</source>
      <translation>Record c&amp;onsent…</translation>
    </message>
    <message>
      <source>Add &amp;intervention…</source>
      <translation>Add &amp;intervention…</translation>
    </message>
    <message>
      <source>Add &amp;referral…</source>
      <translation>Add &amp;referral…</translation>
    </message>
    <message>
      <source>C&amp;lose or reopen…</source>
      <translation>C&amp;lose or reopen…</translation>
    </message>
    <message>
      <source>&amp;Delete organisation…</source>
      <translation>&amp;Delete organisation…</translation>
    </message>
    <message>
      <source>No dossier</source>
      <translation>No dossier</translation>
    </message>
    <message>
      <source>Open a dossier first: select it in the list and press Enter.</source>
      <translation>Open a dossier first: select it in the list and press Enter.</translation>
    </message>
    <message>
      <source>New intake</source>
      <translation>New intake</translation>
    </message>
    <message>
      <source>Add the organisation the requester works for first.</source>
      <translation>Add the organisation the requester works for first.</translation>
    </message>
    <message>
      <source>For which organisation?</source>
      <translation>For which organisation?</translation>
    </message>
    <message>
      <source>Referral to the PAPS</source>
      <translation>Referral to the PAPS</translation>
    </message>
    <message>
      <source>The requester considers a formal request. In Belgium such a requester is always referred to the prevention adviser psychosocial aspects (PAPS). Record that referral now?</source>
      <translation>The requester considers a formal request. In Belgium such a requester is always referred to the prevention adviser psychosocial aspects (PAPS). Record that referral now?</translation>
    </message>
    <message>
      <source>Delete entry</source>
      <translation>Delete entry</translation>
    </message>
    <message>
      <source>Delete this entry (%1 of %2)? This cannot be undone.</source>
      <translation>Delete this entry (%1 of %2)? This cannot be undone.</translation>
    </message>
    <message>
      <source>Delete organisation</source>
      <translation>Delete organisation</translation>
    </message>
    <message>
      <source>Choose an organisation in the list at the top first.</source>
      <translation>Choose an organisation in the list at the top first.</translation>
    </message>
    <message>
      <source>Delete the organisation “%1”? This cannot be undone.</source>
      <translation>Delete the organisation “%1”? This cannot be undone.</translation>
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
    <name>DossierView</name>
    <message>
      <source>Dossier</source>
      <translation>Dossier</translation>
    </message>
    <message>
      <source>Dossier summary</source>
      <translation>Dossier summary</translation>
    </message>
    <message>
      <source>Search match</source>
      <translation>Search match</translation>
    </message>
    <message>
      <source>Timeline</source>
      <translation>Timeline</translation>
    </message>
    <message>
      <source>Pseudonym and organisation</source>
      <translation>Pseudonym and organisation</translation>
    </message>
    <message>
      <source>Dossier card</source>
      <translation>Dossier card</translation>
    </message>
    <message>
      <source>Contact…</source>
      <translation>Contact…</translation>
    </message>
    <message>
      <source>Consent…</source>
      <translation>Consent…</translation>
    </message>
    <message>
      <source>Intervention…</source>
      <translation>Intervention…</translation>
    </message>
    <message>
      <source>Referral…</source>
      <translation>Referral…</translation>
    </message>
    <message>
      <source>&amp;Aftercare…</source>
      <translation>&amp;Aftercare…</translation>
    </message>
    <message>
      <source>Plan or remove the aftercare conversation</source>
      <translation>Plan or remove the aftercare conversation</translation>
    </message>
    <message>
      <source>Edit &amp;intake…</source>
      <translation>Edit &amp;intake…</translation>
    </message>
    <message>
      <source>&amp;Edit…</source>
      <translation>&amp;Edit…</translation>
    </message>
    <message>
      <source>Edit the selected entry</source>
      <translation>Edit the selected entry</translation>
    </message>
    <message>
      <source>De&amp;lete…</source>
      <translation>De&amp;lete…</translation>
    </message>
    <message>
      <source>Delete the selected entry</source>
      <translation>Delete the selected entry</translation>
    </message>
    <message>
      <source>Enter edits the selected entry, Delete removes it.</source>
      <translation>Enter edits the selected entry, Delete removes it.</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Open</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation>Closed</translation>
    </message>
    <message numerus="yes">
      <source>open %n day(s)</source>
      <translation>
        <numerusform>open %n day</numerusform>
        <numerusform>open %n days</numerusform>
      </translation>
    </message>
    <message>
      <source>PAPS support required</source>
      <translation>PAPS support required</translation>
    </message>
    <message>
      <source>not recorded</source>
      <translation>not recorded</translation>
    </message>
    <message>
      <source>Who asks:</source>
      <translation>Who asks:</translation>
    </message>
    <message>
      <source>Risk domains:</source>
      <translation>Risk domains:</translation>
    </message>
    <message>
      <source>Request: %1</source>
      <translation>Request: %1</translation>
    </message>
    <message>
      <source>Intake: %1</source>
      <translation>Intake: %1</translation>
    </message>
    <message>
      <source>not yet heard</source>
      <translation>not yet heard</translation>
    </message>
    <message>
      <source>hear by %1</source>
      <translation>hear by %1</translation>
    </message>
    <message>
      <source>other party: %1</source>
      <translation>other party: %1</translation>
    </message>
    <message>
      <source>Themes:</source>
      <translation>Themes:</translation>
    </message>
    <message>
      <source>senior official involved</source>
      <translation>senior official involved</translation>
    </message>
    <message>
      <source>group problem</source>
      <translation>group problem</translation>
    </message>
    <message>
      <source>formal request considered</source>
      <translation>formal request considered</translation>
    </message>
    <message>
      <source>PAPS involved</source>
      <translation>PAPS involved</translation>
    </message>
    <message>
      <source>real name recorded (hidden)</source>
      <translation>real name recorded (hidden)</translation>
    </message>
    <message>
      <source>Closed on %1 — %2. Delete by %3.</source>
      <translation>Closed on %1 — %2. Delete by %3.</translation>
    </message>
    <message>
      <source>Aftercare conversation on %1</source>
      <translation>Aftercare conversation on %1</translation>
    </message>
    <message>
      <source>due</source>
      <translation>due</translation>
    </message>
    <message>
      <source>Support by the PAPS is mandatory for this dossier (unwanted sexual behaviour, a senior official involved or a group problem) and the PAPS is not involved yet.</source>
      <translation>Support by the PAPS is mandatory for this dossier (unwanted sexual behaviour, a senior official involved or a group problem) and the PAPS is not involved yet.</translation>
    </message>
    <message>
      <source>No signed request for an informal psychosocial intervention is recorded for: %1 (Dossier → Paper documents).</source>
      <translation>No signed request for an informal psychosocial intervention is recorded for: %1 (Dossier → Paper documents).</translation>
    </message>
    <message>
      <source>&amp;Reopen…</source>
      <translation>&amp;Reopen…</translation>
    </message>
    <message>
      <source>Cl&amp;ose…</source>
      <translation>Cl&amp;ose…</translation>
    </message>
    <message>
      <source>Reopen the dossier</source>
      <translation>Reopen the dossier</translation>
    </message>
    <message>
      <source>Close the dossier</source>
      <translation>Close the dossier</translation>
    </message>
    <message>
      <source>Search match: %1</source>
      <translation>Search match: %1</translation>
    </message>
  </context>
  <context>
    <name>DueModel</name>
    <message>
      <source>Hear the requester (10 calendar days after the request)</source>
      <translation>Hear the requester (10 calendar days after the request)</translation>
    </message>
    <message>
      <source>Mandatory PAPS support: refer to the PAPS</source>
      <translation>Mandatory PAPS support: refer to the PAPS</translation>
    </message>
    <message>
      <source>Open longer than the set number of days</source>
      <translation>Open longer than the set number of days</translation>
    </message>
    <message>
      <source>Aftercare conversation with %1</source>
      <translation>Aftercare conversation with %1</translation>
    </message>
    <message>
      <source>Follow up on this dossier</source>
      <translation>Follow up on this dossier</translation>
    </message>
    <message>
      <source>Record the intake…</source>
      <translation>Record the intake…</translation>
    </message>
    <message>
      <source>Refer to the PAPS…</source>
      <translation>Refer to the PAPS…</translation>
    </message>
    <message>
      <source>Record the aftercare…</source>
      <translation>Record the aftercare…</translation>
    </message>
    <message>
      <source>Open the dossier</source>
      <translation>Open the dossier</translation>
    </message>
    <message>
      <source>Pseudonym</source>
      <translation>Pseudonym</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <source>To do</source>
      <translation>To do</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>Action</translation>
    </message>
    <message numerus="yes">
      <source>Open for %n day(s), since %1</source>
      <translation>
        <numerusform>Open for %n day, since %1</numerusform>
        <numerusform>Open for %n days, since %1</numerusform>
      </translation>
    </message>
    <message>
      <source>for information</source>
      <translation>for information</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>Due</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>Source</translation>
    </message>
    <message>
      <source>now</source>
      <translation>now</translation>
    </message>
    <message>
      <source>%1 (overdue)</source>
      <translation>%1 (overdue)</translation>
    </message>
    <message>
      <source>your setting</source>
      <translation>your setting</translation>
    </message>
  </context>
  <context>
    <name>DuePanel</name>
    <message>
      <source>To do</source>
      <translation>To do</translation>
    </message>
    <message>
      <source>Organisation shown</source>
      <translation>Organisation shown</translation>
    </message>
    <message>
      <source> days</source>
      <translation> days</translation>
    </message>
    <message>
      <source>Mention dossiers open longer than this number of days</source>
      <translation>Mention dossiers open longer than this number of days</translation>
    </message>
    <message>
      <source>Mention dossiers open &amp;longer than:</source>
      <translation>Mention dossiers open &amp;longer than:</translation>
    </message>
    <message>
      <source>Bold: a rule that applies (the source says which); red: its date has passed; grey: for information.</source>
      <translation>Bold: a rule that applies (the source says which); red: its date has passed; grey: for information.</translation>
    </message>
    <message numerus="yes">
      <source>To do: %n item(s)</source>
      <translation>
        <numerusform>To do: %n item</numerusform>
        <numerusform>To do: %n items</numerusform>
      </translation>
    </message>
    <message>
      <source>Do it</source>
      <translation>Do it</translation>
    </message>
    <message>
      <source>Do the selected item: %1</source>
      <translation>Do the selected item: %1</translation>
    </message>
    <message>
      <source>Due items</source>
      <translation>Due items</translation>
    </message>
  </context>
  <context>
    <name>FormDialog</name>
    <message>
      <source>— not recorded —</source>
      <translation>— not recorded —</translation>
    </message>
    <message>
      <source>Problems</source>
      <translation>Problems</translation>
    </message>
    <message>
      <source>Save (Ctrl+S or Ctrl+Enter, also from a notes field)</source>
      <translation>Save (Ctrl+S or Ctrl+Enter, also from a notes field)</translation>
    </message>
    <message>
      <source>Unsaved changes</source>
      <translation>Unsaved changes</translation>
    </message>
    <message>
      <source>A draft you had not saved was restored.</source>
      <translation>A draft you had not saved was restored.</translation>
    </message>
    <message>
      <source>Draft kept in the vault at %1.</source>
      <translation>Draft kept in the vault at %1.</translation>
    </message>
    <message>
      <source>Keep what you typed as a draft in the vault? It comes back the next time you open this form.</source>
      <translation>Keep what you typed as a draft in the vault? It comes back the next time you open this form.</translation>
    </message>
  </context>
  <context>
    <name>InspectionView</name>
    <message>
      <source>Register of facts by third parties — inspection</source>
      <translation>Register of facts by third parties — inspection</translation>
    </message>
    <message>
      <source>Period from</source>
      <translation>Period from</translation>
    </message>
    <message>
      <source>Period until</source>
      <translation>Period until</translation>
    </message>
    <message>
      <source>Register entries</source>
      <translation>Register entries</translation>
    </message>
    <message>
      <source>Close (Esc)</source>
      <translation>Close (Esc)</translation>
    </message>
    <message>
      <source>&amp;From:</source>
      <translation>&amp;From:</translation>
    </message>
    <message>
      <source>&amp;until:</source>
      <translation>&amp;until:</translation>
    </message>
    <message>
      <source>Register of facts by third parties</source>
      <translation>Register of facts by third parties</translation>
    </message>
    <message numerus="yes">
      <source>%n entry(ies) registered in this period.</source>
      <translation>
        <numerusform>%n entry registered in this period.</numerusform>
        <numerusform>%n entries registered in this period.</numerusform>
      </translation>
    </message>
    <message>
      <source>Registered on</source>
      <translation>Registered on</translation>
    </message>
    <message>
      <source>Facts</source>
      <translation>Facts</translation>
    </message>
    <message>
      <source>Type(s)</source>
      <translation>Type(s)</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>Place</translation>
    </message>
    <message>
      <source>Third party</source>
      <translation>Third party</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Description</translation>
    </message>
    <message>
      <source>Worker</source>
      <translation>Worker</translation>
    </message>
    <message>
      <source>Preventive measures considered</source>
      <translation>Preventive measures considered</translation>
    </message>
    <message>
      <source>Follow-up</source>
      <translation>Follow-up</translation>
    </message>
    <message>
      <source>(not recorded: no consent)</source>
      <translation>(not recorded: no consent)</translation>
    </message>
    <message>
      <source>No. %1</source>
      <translation>No. %1</translation>
    </message>
  </context>
  <context>
    <name>IntakeDialog</name>
    <message>
      <source>New intake</source>
      <translation>New intake</translation>
    </message>
    <message>
      <source>Edit intake</source>
      <translation>Edit intake</translation>
    </message>
    <message>
      <source>Not heard yet: hear the requester by %1 (10 calendar days after the request).</source>
      <translation>Not heard yet: hear the requester by %1 (10 calendar days after the request).</translation>
    </message>
    <message>
      <source>Heard within the 10 calendar days (deadline %1). Untick "Heard" if the intake has not taken place yet.</source>
      <translation>Heard within the 10 calendar days (deadline %1). Untick "Heard" if the intake has not taken place yet.</translation>
    </message>
    <message>
      <source>Heard after the 10-day deadline (%1).</source>
      <translation>Heard after the 10-day deadline (%1).</translation>
    </message>
    <message>
      <source>Support by the prevention adviser psychosocial aspects (PAPS) is mandatory for unwanted sexual behaviour, cases involving a department head or senior official, and group problems.</source>
      <translation>Support by the prevention adviser psychosocial aspects (PAPS) is mandatory for unwanted sexual behaviour, cases involving a department head or senior official, and group problems.</translation>
    </message>
    <message>
      <source>Involve the PAPS and tick "The PAPS is involved".</source>
      <translation>Involve the PAPS and tick "The PAPS is involved".</translation>
    </message>
    <message>
      <source>Unsaved intake</source>
      <translation>Unsaved intake</translation>
    </message>
  </context>
  <context>
    <name>IntakeForm</name>
    <message>
      <source>Organisation</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <source>Date of the request</source>
      <translation>Date of the request</translation>
    </message>
    <message>
      <source>&amp;Heard (intake) on</source>
      <translation>&amp;Heard (intake) on</translation>
    </message>
    <message>
      <source>The requester was heard</source>
      <translation>The requester was heard</translation>
    </message>
    <message>
      <source>Intake date</source>
      <translation>Intake date</translation>
    </message>
    <message>
      <source>Channel</source>
      <translation>Channel</translation>
    </message>
    <message>
      <source>Pseudonym or code</source>
      <translation>Pseudonym or code</translation>
    </message>
    <message>
      <source>Real name (optional, kept only in the vault)</source>
      <translation>Real name (optional, kept only in the vault)</translation>
    </message>
    <message>
      <source>optional</source>
      <translation>optional</translation>
    </message>
    <message>
      <source>Show</source>
      <translation>Show</translation>
    </message>
    <message>
      <source>Show the real name</source>
      <translation>Show the real name</translation>
    </message>
    <message>
      <source>Gender (for counts only)</source>
      <translation>Gender (for counts only)</translation>
    </message>
    <message>
      <source>Age band (for counts only)</source>
      <translation>Age band (for counts only)</translation>
    </message>
    <message>
      <source>Role (for counts only)</source>
      <translation>Role (for counts only)</translation>
    </message>
    <message>
      <source>Sphere</source>
      <translation>Sphere</translation>
    </message>
    <message>
      <source>Relation of the other party</source>
      <translation>Relation of the other party</translation>
    </message>
    <message>
      <source>Who asks: the requester's position</source>
      <translation>Who asks: the requester's position</translation>
    </message>
    <message>
      <source>Themes (Space ticks a theme)</source>
      <translation>Themes (Space ticks a theme)</translation>
    </message>
    <message>
      <source>Risk domains (Space ticks a domain)</source>
      <translation>Risk domains (Space ticks a domain)</translation>
    </message>
    <message>
      <source>A department head or &amp;senior official is involved</source>
      <translation>A department head or &amp;senior official is involved</translation>
    </message>
    <message>
      <source>&amp;Group problem</source>
      <translation>&amp;Group problem</translation>
    </message>
    <message>
      <source>The requester considers a &amp;formal request</source>
      <translation>The requester considers a &amp;formal request</translation>
    </message>
    <message>
      <source>Risk do&amp;mains:</source>
      <translation>Risk do&amp;mains:</translation>
    </message>
    <message>
      <source>Reminder</source>
      <translation>Reminder</translation>
    </message>
    <message>
      <source>Intake notes</source>
      <translation>Intake notes</translation>
    </message>
    <message>
      <source>What the requester told you, agreements made …</source>
      <translation>What the requester told you, agreements made …</translation>
    </message>
    <message>
      <source>&amp;Intake notes:</source>
      <translation>&amp;Intake notes:</translation>
    </message>
    <message>
      <source>&amp;Organisation:</source>
      <translation>&amp;Organisation:</translation>
    </message>
    <message>
      <source>&amp;Request received on:</source>
      <translation>&amp;Request received on:</translation>
    </message>
    <message>
      <source>&amp;Channel:</source>
      <translation>&amp;Channel:</translation>
    </message>
    <message>
      <source>&amp;Who asks:</source>
      <translation>&amp;Who asks:</translation>
    </message>
    <message>
      <source>Pse&amp;udonym:</source>
      <translation>Pse&amp;udonym:</translation>
    </message>
    <message>
      <source>Real &amp;name:</source>
      <translation>Real &amp;name:</translation>
    </message>
    <message>
      <source>S&amp;phere:</source>
      <translation>S&amp;phere:</translation>
    </message>
    <message>
      <source>The PAPS is in&amp;volved</source>
      <translation>The PAPS is in&amp;volved</translation>
    </message>
    <message>
      <source>Other part&amp;y:</source>
      <translation>Other part&amp;y:</translation>
    </message>
    <message>
      <source>Gen&amp;der:</source>
      <translation>Gen&amp;der:</translation>
    </message>
    <message>
      <source>&amp;Age band:</source>
      <translation>&amp;Age band:</translation>
    </message>
    <message>
      <source>Ro&amp;le:</source>
      <translation>Ro&amp;le:</translation>
    </message>
    <message>
      <source>&amp;Themes:</source>
      <translation>&amp;Themes:</translation>
    </message>
    <message>
      <source>Hide</source>
      <translation>Hide</translation>
    </message>
  </context>
  <context>
    <name>InterventionDialog</name>
    <message>
      <source>New intervention</source>
      <translation>New intervention</translation>
    </message>
    <message>
      <source>Edit intervention</source>
      <translation>Edit intervention</translation>
    </message>
    <message>
      <source>Date of the intervention</source>
      <translation>Date of the intervention</translation>
    </message>
    <message>
      <source>Type of intervention</source>
      <translation>Type of intervention</translation>
    </message>
    <message>
      <source>The &amp;other party agreed to the reconciliation</source>
      <translation>The &amp;other party agreed to the reconciliation</translation>
    </message>
    <message>
      <source>The other party agreed</source>
      <translation>The other party agreed</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <source>&amp;Date:</source>
      <translation>&amp;Date:</translation>
    </message>
    <message>
      <source>&amp;Type:</source>
      <translation>&amp;Type:</translation>
    </message>
    <message>
      <source>Consent:</source>
      <translation>Consent:</translation>
    </message>
    <message>
      <source>&amp;Notes:</source>
      <translation>&amp;Notes:</translation>
    </message>
    <message>
      <source>Unsaved intervention</source>
      <translation>Unsaved intervention</translation>
    </message>
  </context>
  <context>
    <name>Keychain</name>
    <message>
      <source>Windows Credential Locker</source>
      <translation>Windows Credential Locker</translation>
    </message>
    <message>
      <source>macOS Keychain</source>
      <translation>macOS Keychain</translation>
    </message>
    <message>
      <source>the desktop keyring (Secret Service)</source>
      <translation>the desktop keyring (Secret Service)</translation>
    </message>
    <message>
      <source>KWallet</source>
      <translation>KWallet</translation>
    </message>
    <message>
      <source>No keychain was found on this computer.</source>
      <translation>No keychain was found on this computer.</translation>
    </message>
    <message>
      <source>The keychain is switched off on this computer.</source>
      <translation>The keychain is switched off on this computer.</translation>
    </message>
    <message>
      <source>The only keychain found ({name}) does not encrypt what it keeps; VP Desk will not use it.</source>
      <translation>The only keychain found ({name}) does not encrypt what it keeps; VP Desk will not use it.</translation>
    </message>
    <message>
      <source>The keychain did not answer (it may be locked or closed).</source>
      <translation>The keychain did not answer (it may be locked or closed).</translation>
    </message>
  </context>
  <context>
    <name>LockView</name>
    <message>
      <source>Something went wrong ({kind}). Nothing was changed.</source>
      <translation>Something went wrong ({kind}). Nothing was changed.</translation>
    </message>
    <message>
      <source>This passphrase is too easy to guess: %s</source>
      <translation>This passphrase is too easy to guess: %s</translation>
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
      <source>&amp;Go to</source>
      <translation>&amp;Go to</translation>
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
      <source>Changes lost in a crash</source>
      <translation>Changes lost in a crash</translation>
    </message>
    <message>
      <source>VP Desk was stopped before it could finish saving, and the last change(s) made before that could not be read back; they are not in the vault. Check your most recent work.</source>
      <translation>VP Desk was stopped before it could finish saving, and the last change(s) made before that could not be read back; they are not in the vault. Check your most recent work.</translation>
    </message>
    <message>
      <source>The vault is damaged</source>
      <translation>The vault is damaged</translation>
    </message>
    <message>
      <source>VP Desk found damage in the vault file (a page that no longer matches its checksum). To protect what is still readable, nothing more will be saved to it. Restore a backup (File → Restore from backup…); you can still read and note down what you need first.</source>
      <translation>VP Desk found damage in the vault file (a page that no longer matches its checksum). To protect what is still readable, nothing more will be saved to it. Restore a backup (File → Restore from backup…); you can still read and note down what you need first.</translation>
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
    <message>
      <source>Yearly &amp;report…</source>
      <translation>Yearly &amp;report…</translation>
    </message>
  </context>
  <context>
    <name>Navigation</name>
    <message>
      <source>To do</source>
      <translation>To do</translation>
    </message>
    <message>
      <source>Register</source>
      <translation>Register</translation>
    </message>
    <message>
      <source>My role</source>
      <translation>My role</translation>
    </message>
    <message>
      <source>Reports</source>
      <translation>Yearly reports</translation>
    </message>
    <message>
      <source>Signals</source>
      <translation>Signals</translation>
    </message>
    <message>
      <source>Navigation</source>
      <translation>Navigation</translation>
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
      <translation>Due by</translation>
    </message>
    <message>
      <source>Obligation</source>
      <translation>Obligation</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>Source</translation>
    </message>
  </context>
  <context>
    <name>Obligations</name>
    <message>
      <source>Basic training completed ({hours} h).</source>
      <translation>Basic training completed ({hours} h).</translation>
    </message>
    <message>
      <source>Intervisie {year}: {hours} h of at least 7 h (one day) — missed.</source>
      <translation>Intervisie {year}: {hours} h of at least 7 h (one day) — missed.</translation>
    </message>
    <message>
      <source>Intervisie {year}: {hours} h of at least 7 h (one day, often two half days).</source>
      <translation>Intervisie {year}: {hours} h of at least 7 h (one day, often two half days).</translation>
    </message>
    <message>
      <source>Extra training {year}: {hours} h; one day (7 h) a year is recommended.</source>
      <translation>Extra training {year}: {hours} h; one day (7 h) a year is recommended.</translation>
    </message>
    <message>
      <source>Basic course for confidential advisers (LVV registration): {hours} h recorded.</source>
      <translation>Basic course for confidential advisers (LVV registration): {hours} h recorded.</translation>
    </message>
    <message>
      <source>Further training {year} (bij- en nascholing, LVV registration): {hours} h.</source>
      <translation>Further training {year} (bij- en nascholing, LVV registration): {hours} h.</translation>
    </message>
    <message>
      <source>Appointment date not recorded: enter it with Edit organisation, so the deadline of the basic training can be shown. Basic training so far: {hours} h of {need} h.</source>
      <translation>Appointment date not recorded: enter it with Edit organisation, so the deadline of the basic training can be shown. Basic training so far: {hours} h of {need} h.</translation>
    </message>
    <message>
      <source>Basic training ({need} h) to complete by {due}, 2 years after the appointment of {appointed}: {hours} h done.</source>
      <translation>Basic training ({need} h) to complete by {due}, 2 years after the appointment of {appointed}: {hours} h done.</translation>
    </message>
    <message>
      <source>Consultation with the prevention adviser: last on {last}; next by {due}.</source>
      <translation>Consultation with the prevention adviser: last on {last}; next by {due}.</translation>
    </message>
    <message>
      <source>No consultation with the prevention adviser in the past 12 months.</source>
      <translation>No consultation with the prevention adviser in the past 12 months.</translation>
    </message>
    <message>
      <source>Proof of attendance filed for every training entry ({count}).</source>
      <translation>Proof of attendance filed for every training entry ({count}).</translation>
    </message>
    <message>
      <source>Certificates filed for every training and intervisie entry ({count}).</source>
      <translation>Certificates filed for every training and intervisie entry ({count}).</translation>
    </message>
    <message>
      <source>No proof of attendance filed yet for training on {dates} ({count} in all; LVV registration): select the entry under My activities and press Proof filed.</source>
      <translation>No proof of attendance filed yet for training on {dates} ({count} in all; LVV registration): select the entry under My activities and press Proof filed.</translation>
    </message>
    <message>
      <source>No certificate filed yet for training or intervisie on {dates} ({count} in all): select the entry under My activities and press Certificate filed.</source>
      <translation>No certificate filed yet for training or intervisie on {dates} ({count} in all): select the entry under My activities and press Certificate filed.</translation>
    </message>
    <message>
      <source>Prevention work {year} (information sessions, risk analysis, working group): {hours} h.</source>
      <translation>Prevention work {year} (information sessions, risk analysis, working group): {hours} h.</translation>
    </message>
    <message>
      <source>No registered dossier in {first}–{this} (last year with a dossier: {last}). Three years without requests is worth a conversation with the employer: do workers know you are there?</source>
      <translation>No registered dossier in {first}–{this} (last year with a dossier: {last}). Three years without requests is worth a conversation with the employer: do workers know you are there?</translation>
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
      <source>Retention after closure</source>
      <translation>Retention after closure</translation>
    </message>
    <message>
      <source>Reporting year starts in</source>
      <translation>Reporting year starts in</translation>
    </message>
    <message>
      <source>Reports were exported for this organisation: its reporting year can no longer move.</source>
      <translation>Reports were exported for this organisation: its reporting year can no longer move.</translation>
    </message>
    <message>
      <source>Rules applied to this organisation</source>
      <translation>Rules applied to this organisation</translation>
    </message>
    <message>
      <source>Steps of the crisis procedure, one per line</source>
      <translation>Steps of the crisis procedure, one per line</translation>
    </message>
    <message>
      <source>For example: whom to call in the organisation, the number of the %1 or the %2, who stays with the person …</source>
      <translation>For example: whom to call in the organisation, the number of the %1 or the %2, who stays with the person …</translation>
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
    <message>
      <source>Reporting year &amp;starts in:</source>
      <translation>Reporting year &amp;starts in:</translation>
    </message>
    <message>
      <source>When a suicide-related theme is chosen, the dossier shows a card with the national help lines and these steps of the organisation's crisis procedure, one step per line. Nothing is sent or dialled.</source>
      <translation>When a suicide-related theme is chosen, the dossier shows a card with the national help lines and these steps of the organisation's crisis procedure, one step per line. Nothing is sent or dialled.</translation>
    </message>
    <message>
      <source>S&amp;teps of the crisis procedure:</source>
      <translation>S&amp;teps of the crisis procedure:</translation>
    </message>
    <message>
      <source>&amp;Organisation</source>
      <translation>&amp;Organisation</translation>
    </message>
    <message>
      <source>R&amp;ules</source>
      <translation>R&amp;ules</translation>
    </message>
    <message>
      <source>&amp;Crisis procedure</source>
      <translation>&amp;Crisis procedure</translation>
    </message>
    <message>
      <source>%1 (law)</source>
      <translation>%1 (law)</translation>
    </message>
    <message>
      <source>Source: %1</source>
      <translation>Source: %1</translation>
    </message>
  </context>
  <context>
    <name>PaperDocuments</name>
    <message>
      <source>Reminder: no signed request for an informal psychosocial intervention is recorded for %1. Every type the worker chooses needs one, dated and signed by the worker and you, with a copy for the worker.</source>
      <translation>Reminder: no signed request for an informal psychosocial intervention is recorded for %1. Every type the worker chooses needs one, dated and signed by the worker and you, with a copy for the worker.</translation>
    </message>
    <message>
      <source>Request for an informal psychosocial intervention</source>
      <translation>Request for an informal psychosocial intervention</translation>
    </message>
    <message>
      <source>Document confirming the personal interview</source>
      <translation>Document confirming the personal interview</translation>
    </message>
  </context>
  <context>
    <name>PaperDocumentsDialog</name>
    <message>
      <source>Paper documents — %1</source>
      <translation>Paper documents — %1</translation>
    </message>
    <message>
      <source>Signed paper documents</source>
      <translation>Signed paper documents</translation>
    </message>
    <message>
      <source>Document</source>
      <translation>Document</translation>
    </message>
    <message>
      <source>Intervention type chosen on the form</source>
      <translation>Intervention type chosen on the form</translation>
    </message>
    <message>
      <source>Signed on</source>
      <translation>Signed on</translation>
    </message>
    <message>
      <source>Signed by the worker and me; copy given to the worker</source>
      <translation>Signed by the worker and me; copy given to the worker</translation>
    </message>
    <message>
      <source>Copy given to the worker</source>
      <translation>Copy given to the worker</translation>
    </message>
    <message>
      <source>De&amp;lete selected record</source>
      <translation>De&amp;lete selected record</translation>
    </message>
    <message>
      <source>&amp;Record signed document</source>
      <translation>&amp;Record signed document</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Close</translation>
    </message>
    <message>
      <source>These documents are signed on paper and kept on paper. Here you record that each was completed and signed, and when. Blank forms: Tools → Blank forms.</source>
      <translation>These documents are signed on paper and kept on paper. Here you record that each was completed and signed, and when. Blank forms: Tools → Blank forms.</translation>
    </message>
    <message>
      <source>&amp;Document:</source>
      <translation>&amp;Document:</translation>
    </message>
    <message>
      <source>Intervention &amp;type:</source>
      <translation>Intervention &amp;type:</translation>
    </message>
    <message>
      <source>&amp;Signed on:</source>
      <translation>&amp;Signed on:</translation>
    </message>
    <message>
      <source>These Belgian documents do not apply to a Dutch organisation.</source>
      <translation>These Belgian documents do not apply to a Dutch organisation.</translation>
    </message>
    <message>
      <source>Paper documents</source>
      <translation>Paper documents</translation>
    </message>
    <message>
      <source>Delete this record? (The paper itself is not affected.)</source>
      <translation>Delete this record? (The paper itself is not affected.)</translation>
    </message>
  </context>
  <context>
    <name>PaperModel</name>
    <message>
      <source>Signed on</source>
      <translation>Signed on</translation>
    </message>
    <message>
      <source>Document</source>
      <translation>Document</translation>
    </message>
    <message>
      <source>Intervention type</source>
      <translation>Intervention type</translation>
    </message>
    <message>
      <source>Copy to the worker</source>
      <translation>Copy to the worker</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>yes</translation>
    </message>
    <message>
      <source>no</source>
      <translation>no</translation>
    </message>
  </context>
  <context>
    <name>Passphrase</name>
    <message>
      <source>use at least 10 characters (a short sentence is best)</source>
      <translation>use at least 10 characters (a short sentence is best)</translation>
    </message>
    <message>
      <source>it repeats the same word; use different, unrelated words</source>
      <translation>it repeats the same word; use different, unrelated words</translation>
    </message>
    <message>
      <source>it follows the keyboard (such as qwerty, azerty or 1qaz2wsx); use unrelated words</source>
      <translation>it follows the keyboard (such as qwerty, azerty or 1qaz2wsx); use unrelated words</translation>
    </message>
    <message>
      <source>it leans on a year or a date; add unrelated words instead</source>
      <translation>it leans on a year or a date; add unrelated words instead</translation>
    </message>
    <message>
      <source>it contains a run such as abcd or 1234; use unrelated words</source>
      <translation>it contains a run such as abcd or 1234; use unrelated words</translation>
    </message>
    <message>
      <source>it is a common word or name with look-alike digits or symbols (P@ssw0rd); those fool nobody</source>
      <translation>it is a common word or name with look-alike digits or symbols (P@ssw0rd); those fool nobody</translation>
    </message>
    <message>
      <source>it is on the lists of well-known passwords attackers try first</source>
      <translation>it is on the lists of well-known passwords attackers try first</translation>
    </message>
    <message>
      <source>it is too short to be safe; four or more unrelated words are best</source>
      <translation>it is too short to be safe; four or more unrelated words are best</translation>
    </message>
    <message>
      <source>it is a well-known phrase or saying; add unrelated words</source>
      <translation>it is a well-known phrase or saying; add unrelated words</translation>
    </message>
    <message>
      <source>it is made of common words, names or places; add unrelated words</source>
      <translation>it is made of common words, names or places; add unrelated words</translation>
    </message>
    <message>
      <source>a passphrase can have at most {n} characters</source>
      <translation>a passphrase can have at most {n} characters</translation>
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
    <name>ReferralDialog</name>
    <message>
      <source>New referral</source>
      <translation>New referral</translation>
    </message>
    <message>
      <source>Edit referral</source>
      <translation>Edit referral</translation>
    </message>
    <message>
      <source>Date of the referral</source>
      <translation>Date of the referral</translation>
    </message>
    <message>
      <source>Referred to</source>
      <translation>Referred to</translation>
    </message>
    <message>
      <source>Because of a &amp;formal request</source>
      <translation>Because of a &amp;formal request</translation>
    </message>
    <message>
      <source>The referral is about a formal request</source>
      <translation>The referral is about a formal request</translation>
    </message>
    <message>
      <source>The requester considers a formal request: in Belgium such a requester is always referred to the prevention adviser psychosocial aspects (PAPS).</source>
      <translation>The requester considers a formal request: in Belgium such a requester is always referred to the prevention adviser psychosocial aspects (PAPS).</translation>
    </message>
    <message>
      <source>Outcome of the referral</source>
      <translation>Outcome of the referral</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <source>&amp;Date:</source>
      <translation>&amp;Date:</translation>
    </message>
    <message>
      <source>&amp;Referred to:</source>
      <translation>&amp;Referred to:</translation>
    </message>
    <message>
      <source>Who contacts:</source>
      <translation>Who contacts:</translation>
    </message>
    <message>
      <source>Consent:</source>
      <translation>Consent:</translation>
    </message>
    <message>
      <source>O&amp;utcome:</source>
      <translation>O&amp;utcome:</translation>
    </message>
    <message>
      <source>&amp;Notes:</source>
      <translation>&amp;Notes:</translation>
    </message>
    <message>
      <source>&amp;Advice: the requester contacts the destination alone (no consent needed)</source>
      <translation>&amp;Advice: the requester contacts the destination alone (no consent needed)</translation>
    </message>
    <message>
      <source>Advice only: the requester acts alone</source>
      <translation>Advice only: the requester acts alone</translation>
    </message>
    <message>
      <source>I &amp;contact or inform the destination (the requester's consent is needed)</source>
      <translation>I &amp;contact or inform the destination (the requester's consent is needed)</translation>
    </message>
    <message>
      <source>I contact or inform the destination</source>
      <translation>I contact or inform the destination</translation>
    </message>
    <message>
      <source>No consent needed: the requester contacts the destination alone. The referral is still recorded in the timeline.</source>
      <translation>No consent needed: the requester contacts the destination alone. The referral is still recorded in the timeline.</translation>
    </message>
  </context>
  <context>
    <name>RegisterEntryDialog</name>
    <message>
      <source>Register entry no. %1</source>
      <translation>Register entry no. %1</translation>
    </message>
    <message>
      <source>New register entry</source>
      <translation>New register entry</translation>
    </message>
    <message>
      <source>(next number: %1)</source>
      <translation>(next number: %1)</translation>
    </message>
    <message>
      <source>Registration date</source>
      <translation>Registration date</translation>
    </message>
    <message>
      <source>Facts from</source>
      <translation>Facts from</translation>
    </message>
    <message>
      <source>until</source>
      <translation>until</translation>
    </message>
    <message>
      <source>Facts lasted several days</source>
      <translation>Facts lasted several days</translation>
    </message>
    <message>
      <source>Facts until</source>
      <translation>Facts until</translation>
    </message>
    <message>
      <source>Type(s) of facts</source>
      <translation>Type(s) of facts</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>Place</translation>
    </message>
    <message>
      <source>Capacity of the third party</source>
      <translation>Capacity of the third party</translation>
    </message>
    <message>
      <source>Description of the facts</source>
      <translation>Description of the facts</translation>
    </message>
    <message>
      <source>The worker consents to having their identity recorded</source>
      <translation>The worker consents to having their identity recorded</translation>
    </message>
    <message>
      <source>Worker's consent</source>
      <translation>Worker's consent</translation>
    </message>
    <message>
      <source>Worker's identity</source>
      <translation>Worker's identity</translation>
    </message>
    <message>
      <source>only with the worker's consent</source>
      <translation>only with the worker's consent</translation>
    </message>
    <message>
      <source>Preventive measures considered</source>
      <translation>Preventive measures considered</translation>
    </message>
    <message>
      <source>Follow-up</source>
      <translation>Follow-up</translation>
    </message>
    <message>
      <source>Number:</source>
      <translation>Number:</translation>
    </message>
    <message>
      <source>&amp;Registered on:</source>
      <translation>&amp;Registered on:</translation>
    </message>
    <message>
      <source>&amp;Facts on:</source>
      <translation>&amp;Facts on:</translation>
    </message>
    <message>
      <source>&amp;Type(s):</source>
      <translation>&amp;Type(s):</translation>
    </message>
    <message>
      <source>&amp;Place:</source>
      <translation>&amp;Place:</translation>
    </message>
    <message>
      <source>T&amp;hird party:</source>
      <translation>T&amp;hird party:</translation>
    </message>
    <message>
      <source>&amp;Description:</source>
      <translation>&amp;Description:</translation>
    </message>
    <message>
      <source>&amp;Worker:</source>
      <translation>&amp;Worker:</translation>
    </message>
    <message>
      <source>&amp;Measures considered:</source>
      <translation>&amp;Measures considered:</translation>
    </message>
    <message>
      <source>F&amp;ollow-up:</source>
      <translation>F&amp;ollow-up:</translation>
    </message>
    <message>
      <source>Expires:</source>
      <translation>Expires:</translation>
    </message>
    <message>
      <source>%1 (kept 5 years from registration, then erased)</source>
      <translation>%1 (kept 5 years from registration, then erased)</translation>
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
      <translation>Select a dossier in the list first.</translation>
    </message>
    <message>
      <source>Re&amp;gister of third-party facts…</source>
      <translation>Re&amp;gister of third-party facts…</translation>
    </message>
    <message>
      <source>&amp;My role…</source>
      <translation>&amp;My role…</translation>
    </message>
    <message>
      <source>Due for &amp;erasure…</source>
      <translation>Due for &amp;erasure…</translation>
    </message>
    <message>
      <source>&amp;Blank forms…</source>
      <translation>&amp;Blank forms…</translation>
    </message>
    <message>
      <source>&amp;Paper documents…</source>
      <translation>&amp;Paper documents…</translation>
    </message>
    <message>
      <source>&amp;Access view…</source>
      <translation>&amp;Access view…</translation>
    </message>
    <message>
      <source>Signals and &amp;advice…</source>
      <translation>Signals and &amp;advice…</translation>
    </message>
  </context>
  <context>
    <name>RegisterTableModel</name>
    <message>
      <source>No.</source>
      <translation>No.</translation>
    </message>
    <message>
      <source>Registered</source>
      <translation>Registered</translation>
    </message>
    <message>
      <source>Facts</source>
      <translation>Facts</translation>
    </message>
    <message>
      <source>Type(s)</source>
      <translation>Type(s)</translation>
    </message>
    <message>
      <source>Third party</source>
      <translation>Third party</translation>
    </message>
    <message>
      <source>Expires</source>
      <translation>Expires</translation>
    </message>
  </context>
  <context>
    <name>RegisterWindow</name>
    <message>
      <source>Register of facts by third parties</source>
      <translation>Register of facts by third parties</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <source>Register entries</source>
      <translation>Register entries</translation>
    </message>
    <message>
      <source>Each entry gets the next number; numbers are never changed. Only the last entry can be deleted (to correct a mistake), so the numbering has no gaps. Entries are kept 5 years from registration and then erased (Tools → Due for erasure). The register is shown on screen only, never exported.</source>
      <translation>Each entry gets the next number; numbers are never changed. Only the last entry can be deleted (to correct a mistake), so the numbering has no gaps. Entries are kept 5 years from registration and then erased (Tools → Due for erasure). The register is shown on screen only, never exported.</translation>
    </message>
    <message>
      <source>The register exists for Belgian organisations only; there is none in this vault.</source>
      <translation>The register exists for Belgian organisations only; there is none in this vault.</translation>
    </message>
    <message>
      <source>&amp;New entry…</source>
      <translation>&amp;New entry…</translation>
    </message>
    <message>
      <source>Register status</source>
      <translation>Register status</translation>
    </message>
    <message>
      <source>&amp;Edit…</source>
      <translation>&amp;Edit…</translation>
    </message>
    <message>
      <source>&amp;Delete last entry…</source>
      <translation>&amp;Delete last entry…</translation>
    </message>
    <message>
      <source>&amp;Inspection view…</source>
      <translation>&amp;Inspection view…</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Close</translation>
    </message>
    <message>
      <source>&amp;Organisation:</source>
      <translation>&amp;Organisation:</translation>
    </message>
    <message>
      <source>No entries yet for this organisation. Choose New entry (Alt+N) when a worker reports violence, harassment or unwanted sexual behaviour by a third party (a client, patient, pupil, supplier…).</source>
      <translation>No entries yet for this organisation. Choose New entry (Alt+N) when a worker reports violence, harassment or unwanted sexual behaviour by a third party (a client, patient, pupil, supplier…).</translation>
    </message>
    <message>
      <source>Delete register entry</source>
      <translation>Delete register entry</translation>
    </message>
    <message>
      <source>Delete entry no. %1? Only the last entry can be deleted, to correct a mistake; the next entry will get its number again.</source>
      <translation>Delete entry no. %1? Only the last entry can be deleted, to correct a mistake; the next entry will get its number again.</translation>
    </message>
  </context>
  <context>
    <name>ReportWindow</name>
    <message>
      <source>Whole table hidden: its counts are too small to stay anonymous.</source>
      <translation>Whole table hidden: its counts are too small to stay anonymous.</translation>
    </message>
    <message>
      <source>Yearly report</source>
      <translation>Yearly report</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <source>Why values are hidden</source>
      <translation>Why values are hidden</translation>
    </message>
    <message>
      <source>%1: a count from 1 to %2.</source>
      <translation>%1: a count from 1 to %2.</translation>
    </message>
    <message>
      <source>%1: hidden beside a small count of the same table, so that the small one cannot be worked out (a count of %2 or more).</source>
      <translation>%1: hidden beside a small count of the same table, so that the small one cannot be worked out (a count of %2 or more).</translation>
    </message>
    <message>
      <source>%1: left out, it could not be protected otherwise.</source>
      <translation>%1: left out, it could not be protected otherwise.</translation>
    </message>
    <message>
      <source>%1: hidden so that the report does not show that (nearly) all requesters share one category.</source>
      <translation>%1: hidden so that the report does not show that (nearly) all requesters share one category.</translation>
    </message>
    <message>
      <source>%1: hidden so that %2 cannot be worked out, also not together with earlier reports.</source>
      <translation>%1: hidden so that %2 cannot be worked out, also not together with earlier reports.</translation>
    </message>
    <message>
      <source>Reporting year</source>
      <translation>Reporting year</translation>
    </message>
    <message>
      <source>this year only</source>
      <translation>this year only</translation>
    </message>
    <message>
      <source> years</source>
      <translation> years</translation>
    </message>
    <message>
      <source>Summary over several reporting years</source>
      <translation>Summary over several reporting years</translation>
    </message>
    <message>
      <source>&amp;Corrected edition</source>
      <translation>&amp;Corrected edition</translation>
    </message>
    <message>
      <source>Make a corrected edition of a released period</source>
      <translation>Make a corrected edition of a released period</translation>
    </message>
    <message>
      <source>Smallest count shown</source>
      <translation>Smallest count shown</translation>
    </message>
    <message>
      <source>Show my name on the report:</source>
      <translation>Show my name on the report:</translation>
    </message>
    <message>
      <source>Your name</source>
      <translation>Your name</translation>
    </message>
    <message>
      <source>gender</source>
      <translation>gender</translation>
    </message>
    <message>
      <source>age band</source>
      <translation>age band</translation>
    </message>
    <message>
      <source>role</source>
      <translation>role</translation>
    </message>
    <message>
      <source>Preview of the report</source>
      <translation>Preview of the report</translation>
    </message>
    <message>
      <source>&amp;Export PDF…</source>
      <translation>&amp;Export PDF…</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Close</translation>
    </message>
    <message>
      <source>&amp;Organisation:</source>
      <translation>&amp;Organisation:</translation>
    </message>
    <message>
      <source>&amp;Year:</source>
      <translation>&amp;Year:</translation>
    </message>
    <message>
      <source>Fewer than %1 new requests in this period: the report says only “&lt;%1 requests” and shows your own activity.</source>
      <translation>Fewer than %1 new requests in this period: the report says only “&lt;%1 requests” and shows your own activity.</translation>
    </message>
    <message>
      <source>This period was exported before: the same figures are issued again, so that comparing the two versions shows nothing.</source>
      <translation>This period was exported before: the same figures are issued again, so that comparing the two versions shows nothing.</translation>
    </message>
    <message>
      <source>The vault now holds other figures for this period (%1). Tick “Corrected edition” to issue them, if that is safe.</source>
      <translation>The vault now holds other figures for this period (%1). Tick “Corrected edition” to issue them, if that is safe.</translation>
    </message>
    <message>
      <source>Corrected edition: these values change compared with the earlier export: %1.</source>
      <translation>Corrected edition: these values change compared with the earlier export: %1.</translation>
    </message>
    <message>
      <source>Rewrite the words listed under the signals and recommendations text first: they could identify someone.</source>
      <translation>Rewrite the words listed under the signals and recommendations text first: they could identify someone.</translation>
    </message>
    <message>
      <source>This PDF will leave the vault: it holds the anonymous counts shown in the preview, the organisation's name and the period — nothing else. Export it?</source>
      <translation>This PDF will leave the vault: it holds the anonymous counts shown in the preview, the organisation's name and the period — nothing else. Export it?</translation>
    </message>
    <message>
      <source>Breakdowns (off by default, one-dimensional):</source>
      <translation>Breakdowns (off by default, one-dimensional):</translation>
    </message>
    <message>
      <source>Su&amp;mmary over:</source>
      <translation>Su&amp;mmary over:</translation>
    </message>
    <message>
      <source>&amp;Smallest count shown:</source>
      <translation>&amp;Smallest count shown:</translation>
    </message>
    <message>
      <source>There is no organisation yet.</source>
      <translation>There is no organisation yet.</translation>
    </message>
    <message numerus="yes">
      <source>%n value(s) hidden (marked ▨). Counts from 1 to %2 are shown as “&lt;%3”; a value shown “x” is hidden so that no small number can be worked out from this report together with every report exported before for this organisation.</source>
      <translation>
        <numerusform>%n value hidden (marked ▨). Counts from 1 to %2 are shown as “&lt;%3”; a value shown “x” is hidden so that no small number can be worked out from this report together with every report exported before for this organisation.</numerusform>
        <numerusform>%n values hidden (marked ▨). Counts from 1 to %2 are shown as “&lt;%3”; a value shown “x” is hidden so that no small number can be worked out from this report together with every report exported before for this organisation.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Reports exported earlier already let a reader work out %n small number(s); that cannot be undone.</source>
      <translation>
        <numerusform>Reports exported earlier already let a reader work out %n small number; that cannot be undone.</numerusform>
        <numerusform>Reports exported earlier already let a reader work out %n small numbers; that cannot be undone.</numerusform>
      </translation>
    </message>
    <message>
      <source>Export the yearly report</source>
      <translation>Export the yearly report</translation>
    </message>
    <message>
      <source>Save the yearly report</source>
      <translation>Save the yearly report</translation>
    </message>
    <message>
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <source>&amp;Open</source>
      <translation>&amp;Open</translation>
    </message>
    <message>
      <source>&amp;Show in folder</source>
      <translation>&amp;Show in folder</translation>
    </message>
    <message>
      <source>The PDF could not be written: %1</source>
      <translation>The PDF could not be written: %1</translation>
    </message>
    <message>
      <source>The yearly report was saved as %1.</source>
      <translation>The yearly report was saved as %1.</translation>
    </message>
  </context>
  <context>
    <name>RestoreDialog</name>
    <message>
      <source>Restore from backup</source>
      <translation>Restore from backup</translation>
    </message>
    <message>
      <source>Choose a backup and type the passphrase it was made with. VP Desk checks the backup completely before anything is replaced; the current vault is kept beside it as a “.before-restore” copy.</source>
      <translation>Choose a backup and type the passphrase it was made with. VP Desk checks the backup completely before anything is replaced; the current vault is kept beside it as a “.before-restore” copy.</translation>
    </message>
    <message>
      <source>Backup file</source>
      <translation>Backup file</translation>
    </message>
    <message>
      <source>&amp;Browse…</source>
      <translation>&amp;Browse…</translation>
    </message>
    <message>
      <source>Passphrase of the backup</source>
      <translation>Passphrase of the backup</translation>
    </message>
    <message>
      <source>&amp;Check backup</source>
      <translation>&amp;Check backup</translation>
    </message>
    <message>
      <source>Check result</source>
      <translation>Check result</translation>
    </message>
    <message>
      <source>&amp;Restore</source>
      <translation>&amp;Restore</translation>
    </message>
    <message>
      <source>&amp;Backup:</source>
      <translation>&amp;Backup:</translation>
    </message>
    <message>
      <source>&amp;Passphrase:</source>
      <translation>&amp;Passphrase:</translation>
    </message>
    <message>
      <source>Choose a backup</source>
      <translation>Choose a backup</translation>
    </message>
    <message>
      <source>VP Desk vault (*%s);;All files (*)</source>
      <translation>VP Desk vault (*%s);;All files (*)</translation>
    </message>
    <message>
      <source>Choose a backup and type its passphrase.</source>
      <translation>Choose a backup and type its passphrase.</translation>
    </message>
    <message>
      <source>Checking the backup…</source>
      <translation>Checking the backup…</translation>
    </message>
    <message>
      <source>The backup is complete and undamaged: %1 in %2.</source>
      <translation>The backup is complete and undamaged: %1 in %2.</translation>
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
        <numerusform>%n organisation</numerusform>
        <numerusform>%n organisations</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Retention</name>
    <message>
      <source>Closed on {closed}; to be erased since {delete_by}. The yearly report for {year} was exported, so it has been counted.</source>
      <translation>Closed on {closed}; to be erased since {delete_by}. The yearly report for {year} was exported, so it has been counted.</translation>
    </message>
    <message>
      <source>Closed on {closed}; to be erased since {delete_by}. You confirmed it may be erased although the yearly report for {year} was not exported.</source>
      <translation>Closed on {closed}; to be erased since {delete_by}. You confirmed it may be erased although the yearly report for {year} was not exported.</translation>
    </message>
    <message>
      <source>Held back: to be erased since {delete_by}, but the yearly report for {year} was not exported yet, so it would be missing from that report. Export the report, or confirm erasure.</source>
      <translation>Held back: to be erased since {delete_by}, but the yearly report for {year} was not exported yet, so it would be missing from that report. Export the report, or confirm erasure.</translation>
    </message>
    <message>
      <source>Register entry no. {seq}, recorded on {registered}: kept {years} years, expired on {delete_by}.</source>
      <translation>Register entry no. {seq}, recorded on {registered}: kept {years} years, expired on {delete_by}.</translation>
    </message>
    <message>
      <source>Signal or advice of {day}; to be erased since {delete_by}. The yearly report for {year} was exported, so it has been counted.</source>
      <translation>Signal or advice of {day}; to be erased since {delete_by}. The yearly report for {year} was exported, so it has been counted.</translation>
    </message>
    <message>
      <source>Held back: this signal or advice of {day} is to be erased since {delete_by}, but the yearly report for {year} was not exported yet, so it would be missing from that report. Export that report first.</source>
      <translation>Held back: this signal or advice of {day} is to be erased since {delete_by}, but the yearly report for {year} was not exported yet, so it would be missing from that report. Export that report first.</translation>
    </message>
  </context>
  <context>
    <name>RetentionModel</name>
    <message>
      <source>State</source>
      <translation>State</translation>
    </message>
    <message>
      <source>Record</source>
      <translation>Record</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <source>Pseudonym, no. or date</source>
      <translation>Pseudonym, no. or date</translation>
    </message>
    <message>
      <source>Delete by</source>
      <translation>Delete by</translation>
    </message>
    <message>
      <source>Why</source>
      <translation>Why</translation>
    </message>
    <message>
      <source>%1, to %2</source>
      <translation>%1, to %2</translation>
    </message>
    <message>
      <source>Ready to erase</source>
      <translation>Ready to erase</translation>
    </message>
    <message>
      <source>Held back</source>
      <translation>Held back</translation>
    </message>
    <message>
      <source>Kept for %1 years</source>
      <translation>Kept for %1 years</translation>
    </message>
    <message>
      <source>Waiting for the %1 report</source>
      <translation>Waiting for the %1 report</translation>
    </message>
    <message>
      <source>Erasure confirmed</source>
      <translation>Erasure confirmed</translation>
    </message>
    <message>
      <source>Counted in the %1 report</source>
      <translation>Counted in the %1 report</translation>
    </message>
  </context>
  <context>
    <name>RetentionSpin</name>
    <message>
      <source> years</source>
      <translation> years</translation>
    </message>
    <message numerus="yes">
      <source>profile default (%n year(s))</source>
      <translation>
        <numerusform>profile default (%n year)</numerusform>
        <numerusform>profile default (%n years)</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>RetentionWindow</name>
    <message>
      <source>Register entry</source>
      <translation>Register entry</translation>
    </message>
    <message>
      <source>Signal or advice</source>
      <translation>Signal or advice</translation>
    </message>
    <message>
      <source>Dossier</source>
      <translation>Dossier</translation>
    </message>
    <message>
      <source>Due for erasure</source>
      <translation>Due for erasure</translation>
    </message>
    <message>
      <source>Records past their delete-by date</source>
      <translation>Records past their delete-by date</translation>
    </message>
    <message>
      <source>Why</source>
      <translation>Why</translation>
    </message>
    <message>
      <source>Dossiers are erased a number of years after closure (the organisation's retention period), register entries 5 years after registration. A dossier is held back until the yearly report covering its closure was exported, so that report can count it — unless you confirm erasure. Erasure is final: the records are removed from the vault file and its search index; the log below keeps only counts and dates.</source>
      <translation>Dossiers are erased a number of years after closure (the organisation's retention period), register entries 5 years after registration. A dossier is held back until the yearly report covering its closure was exported, so that report can count it — unless you confirm erasure. Erasure is final: the records are removed from the vault file and its search index; the log below keeps only counts and dates.</translation>
    </message>
    <message>
      <source>Signals and advice are kept as long as a dossier, counted from their date, and held back until the yearly report of that date was exported.</source>
      <translation>Signals and advice are kept as long as a dossier, counted from their date, and held back until the yearly report of that date was exported.</translation>
    </message>
    <message>
      <source>Deletion log</source>
      <translation>Deletion log</translation>
    </message>
    <message>
      <source>&amp;Confirm erasure of the selected held-back dossiers…</source>
      <translation>&amp;Confirm erasure of the selected held-back dossiers…</translation>
    </message>
    <message>
      <source>&amp;Erase everything that is due…</source>
      <translation>&amp;Erase everything that is due…</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Close</translation>
    </message>
    <message>
      <source>Deletion log (counts and dates only)</source>
      <translation>Deletion log (counts and dates only)</translation>
    </message>
    <message>
      <source>%1, %2.</source>
      <translation>%1, %2.</translation>
    </message>
    <message numerus="yes">
      <source>%n record(s) due for erasure</source>
      <translation>
        <numerusform>%n record due for erasure</numerusform>
        <numerusform>%n records due for erasure</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n held back</source>
      <translation>
        <numerusform>%n held back</numerusform>
        <numerusform>%n held back</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>The yearly report covering these %n dossier(s) was not exported. If you erase them now, a report exported later will not count them. Allow their erasure anyway?</source>
      <translation>
        <numerusform>The yearly report covering this dossier was not exported. If you erase it now, a report exported later will not count it. Allow its erasure anyway?</numerusform>
        <numerusform>The yearly report covering these %n dossiers was not exported. If you erase them now, a report exported later will not count them. Allow their erasure anyway?</numerusform>
      </translation>
    </message>
    <message>
      <source>Erase %1 for good? Their texts are removed from the vault file and its search index; this cannot be undone (older backups still hold them until they are replaced).</source>
      <translation>Erase %1 for good? Their texts are removed from the vault file and its search index; this cannot be undone (older backups still hold them until they are replaced).</translation>
    </message>
    <message>
      <source>Erased: %1.</source>
      <translation>Erased: %1.</translation>
    </message>
    <message numerus="yes">
      <source>%n signal(s) or piece(s) of advice</source>
      <translation>
        <numerusform>%n signal or piece of advice</numerusform>
        <numerusform>%n signals or pieces of advice</numerusform>
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
        <numerusform>%n register entry</numerusform>
        <numerusform>%n register entries</numerusform>
      </translation>
    </message>
    <message>
      <source>Nothing was erased yet.</source>
      <translation>Nothing was erased yet.</translation>
    </message>
    <message>
      <source>Erased on</source>
      <translation>Erased on</translation>
    </message>
    <message>
      <source>Record</source>
      <translation>Record</translation>
    </message>
    <message>
      <source>Count</source>
      <translation>Count</translation>
    </message>
    <message>
      <source>Dates covered</source>
      <translation>Dates covered</translation>
    </message>
    <message>
      <source>Confirm erasure</source>
      <translation>Confirm erasure</translation>
    </message>
    <message>
      <source>Select one or more held-back dossiers first.</source>
      <translation>Select one or more held-back dossiers first.</translation>
    </message>
    <message>
      <source>Erase for good</source>
      <translation>Erase for good</translation>
    </message>
  </context>
  <context>
    <name>RoleWindow</name>
    <message>
      <source>Completed</source>
      <translation>Completed</translation>
    </message>
    <message>
      <source>To do</source>
      <translation>To do</translation>
    </message>
    <message>
      <source>Overdue</source>
      <translation>Overdue</translation>
    </message>
    <message>
      <source>Recommended</source>
      <translation>Recommended</translation>
    </message>
    <message>
      <source>For the report</source>
      <translation>For the report</translation>
    </message>
    <message>
      <source>Attention</source>
      <translation>Attention</translation>
    </message>
    <message>
      <source>My role</source>
      <translation>My role</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <source>Obligations</source>
      <translation>Obligations</translation>
    </message>
    <message>
      <source>Own activities</source>
      <translation>Own activities</translation>
    </message>
    <message>
      <source>Dossiers per year</source>
      <translation>Dossiers per year</translation>
    </message>
    <message>
      <source>&amp;Add activity…</source>
      <translation>&amp;Add activity…</translation>
    </message>
    <message>
      <source>&amp;Edit…</source>
      <translation>&amp;Edit…</translation>
    </message>
    <message>
      <source>De&amp;lete</source>
      <translation>De&amp;lete</translation>
    </message>
    <message>
      <source>Certificate &amp;filed</source>
      <translation>Certificate &amp;filed</translation>
    </message>
    <message>
      <source>Record that the certificate of the selected activity was filed today</source>
      <translation>Record that the certificate of the selected activity was filed today</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Close</translation>
    </message>
    <message>
      <source>&amp;Organisation:</source>
      <translation>&amp;Organisation:</translation>
    </message>
    <message>
      <source>What is due</source>
      <translation>What is due</translation>
    </message>
    <message>
      <source>My activities (they feed the yearly report)</source>
      <translation>My activities (they feed the yearly report)</translation>
    </message>
    <message>
      <source>Proof &amp;filed</source>
      <translation>Proof &amp;filed</translation>
    </message>
    <message>
      <source>There is no organisation yet.</source>
      <translation>There is no organisation yet.</translation>
    </message>
    <message>
      <source>Appointed on %1</source>
      <translation>Appointed on %1</translation>
    </message>
    <message>
      <source>Appointment date not recorded</source>
      <translation>Appointment date not recorded</translation>
    </message>
    <message numerus="yes">
      <source>%n item(s) need attention.</source>
      <translation>
        <numerusform>%n item needs attention.</numerusform>
        <numerusform>%n items need attention.</numerusform>
      </translation>
    </message>
    <message>
      <source>Nothing is overdue.</source>
      <translation>Nothing is overdue.</translation>
    </message>
    <message>
      <source>Certificate</source>
      <translation>Certificate</translation>
    </message>
    <message>
      <source>Delete activity</source>
      <translation>Delete activity</translation>
    </message>
    <message>
      <source>Delete this activity?</source>
      <translation>Delete this activity?</translation>
    </message>
  </context>
  <context>
    <name>SecurityController</name>
    <message>
      <source>&amp;Back up to…</source>
      <translation>&amp;Back up to…</translation>
    </message>
    <message>
      <source>&amp;Restore from backup…</source>
      <translation>&amp;Restore from backup…</translation>
    </message>
    <message>
      <source>Change &amp;passphrase…</source>
      <translation>Change &amp;passphrase…</translation>
    </message>
    <message>
      <source>&amp;Settings…</source>
      <translation>&amp;Settings…</translation>
    </message>
    <message>
      <source>&amp;Remember on this computer</source>
      <translation>&amp;Remember on this computer</translation>
    </message>
    <message>
      <source>Remember the passphrase in the keychain</source>
      <translation>Remember the passphrase in the keychain</translation>
    </message>
    <message>
      <source>Unlock with the &amp;keychain</source>
      <translation>Unlock with the &amp;keychain</translation>
    </message>
    <message>
      <source>Unlock with the passphrase kept in the keychain</source>
      <translation>Unlock with the passphrase kept in the keychain</translation>
    </message>
    <message>
      <source>Keeps the passphrase in %s</source>
      <translation>Keeps the passphrase in %s</translation>
    </message>
    <message>
      <source>The keychain holds no passphrase for this vault (it may be locked). Type the passphrase.</source>
      <translation>The keychain holds no passphrase for this vault (it may be locked). Type the passphrase.</translation>
    </message>
    <message>
      <source>The passphrase is now kept in the keychain.</source>
      <translation>The passphrase is now kept in the keychain.</translation>
    </message>
    <message>
      <source>Keychain</source>
      <translation>Keychain</translation>
    </message>
    <message>
      <source>Automatic backup</source>
      <translation>Automatic backup</translation>
    </message>
    <message>
      <source>The automatic backup could not be made: %s</source>
      <translation>The automatic backup could not be made: %s</translation>
    </message>
    <message>
      <source>Back up to which folder (e.g. a USB stick)?</source>
      <translation>Back up to which folder (e.g. a USB stick)?</translation>
    </message>
    <message>
      <source>Making a verified backup…</source>
      <translation>Making a verified backup…</translation>
    </message>
    <message>
      <source>Backup made</source>
      <translation>Backup made</translation>
    </message>
    <message>
      <source>A verified, encrypted backup was written to:
%s

It opens with the passphrase the vault has now.</source>
      <translation>A verified, encrypted backup was written to:
%s

It opens with the passphrase the vault has now.</translation>
    </message>
    <message>
      <source>Not done</source>
      <translation>Not done</translation>
    </message>
    <message>
      <source>Restore from backup</source>
      <translation>Restore from backup</translation>
    </message>
    <message>
      <source>Replace the vault
%1
with the checked backup? The current vault is kept beside it as “.before-restore”. The vault will then open with the backup's passphrase.</source>
      <translation>Replace the vault
%1
with the checked backup? The current vault is kept beside it as “.before-restore”. The vault will then open with the backup's passphrase.</translation>
    </message>
    <message>
      <source>Restoring…</source>
      <translation>Restoring…</translation>
    </message>
    <message>
      <source>The backup was restored. Unlock it with the backup's passphrase.</source>
      <translation>The backup was restored. Unlock it with the backup's passphrase.</translation>
    </message>
    <message>
      <source>The keychain still remembers the previous passphrase and did not let VP Desk remove it (it may be locked). Untick “Remember” in Settings once the keychain is unlocked.</source>
      <translation>The keychain still remembers the previous passphrase and did not let VP Desk remove it (it may be locked). Untick “Remember” in Settings once the keychain is unlocked.</translation>
    </message>
    <message>
      <source>The previous vault was kept as:
%s</source>
      <translation>The previous vault was kept as:
%s</translation>
    </message>
    <message>
      <source>Change passphrase</source>
      <translation>Change passphrase</translation>
    </message>
    <message>
      <source>The passphrase was changed. Use the new one from now on; older backups keep the old one.</source>
      <translation>The passphrase was changed. Use the new one from now on; older backups keep the old one.</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <source>Settings</source>
      <translation>Settings</translation>
    </message>
    <message>
      <source> min</source>
      <translation> min</translation>
    </message>
    <message>
      <source>Lock after minutes without use</source>
      <translation>Lock after minutes without use</translation>
    </message>
    <message>
      <source>Automatic backups to keep</source>
      <translation>Automatic backups to keep</translation>
    </message>
    <message>
      <source>Remember the passphrase of this vault on this computer</source>
      <translation>Remember the passphrase of this vault on this computer</translation>
    </message>
    <message>
      <source>Remember the passphrase in the keychain</source>
      <translation>Remember the passphrase in the keychain</translation>
    </message>
    <message>
      <source>Passphrase to remember</source>
      <translation>Passphrase to remember</translation>
    </message>
    <message>
      <source>Type the vault's passphrase to remember it</source>
      <translation>Type the vault's passphrase to remember it</translation>
    </message>
    <message>
      <source>Error message</source>
      <translation>Error message</translation>
    </message>
    <message>
      <source>Not available: %s</source>
      <translation>Not available: %s</translation>
    </message>
    <message>
      <source>Open a vault first.</source>
      <translation>Open a vault first.</translation>
    </message>
    <message>
      <source>Kept in %s. Anyone who can log in to this computer as you can then open the vault without typing the passphrase.</source>
      <translation>Kept in %s. Anyone who can log in to this computer as you can then open the vault without typing the passphrase.</translation>
    </message>
    <message>
      <source>&amp;Lock after no use for:</source>
      <translation>&amp;Lock after no use for:</translation>
    </message>
    <message>
      <source>&amp;Automatic backups to keep:</source>
      <translation>&amp;Automatic backups to keep:</translation>
    </message>
    <message>
      <source>Backup folder:</source>
      <translation>Backup folder:</translation>
    </message>
    <message>
      <source>This is not the passphrase of the vault.</source>
      <translation>This is not the passphrase of the vault.</translation>
    </message>
    <message>
      <source>The keychain did not let VP Desk remove the passphrase (it may be locked). Unlock the keychain and try again.</source>
      <translation>The keychain did not let VP Desk remove the passphrase (it may be locked). Unlock the keychain and try again.</translation>
    </message>
  </context>
  <context>
    <name>SignalDialog</name>
    <message>
      <source>New signal or advice</source>
      <translation>New signal or advice</translation>
    </message>
    <message>
      <source>Edit signal or advice</source>
      <translation>Edit signal or advice</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>To whom</source>
      <translation>To whom</translation>
    </message>
    <message>
      <source>&amp;Asked for (unticked: on my own initiative)</source>
      <translation>&amp;Asked for (unticked: on my own initiative)</translation>
    </message>
    <message>
      <source>Asked for</source>
      <translation>Asked for</translation>
    </message>
    <message>
      <source>Themes (Space ticks a theme)</source>
      <translation>Themes (Space ticks a theme)</translation>
    </message>
    <message>
      <source>My note (stays in the vault)</source>
      <translation>My note (stays in the vault)</translation>
    </message>
    <message>
      <source>What you signalled or advised; never printed in a report</source>
      <translation>What you signalled or advised; never printed in a report</translation>
    </message>
    <message>
      <source>&amp;Date:</source>
      <translation>&amp;Date:</translation>
    </message>
    <message>
      <source>&amp;To:</source>
      <translation>&amp;To:</translation>
    </message>
    <message>
      <source>T&amp;hemes:</source>
      <translation>T&amp;hemes:</translation>
    </message>
    <message>
      <source>&amp;Note:</source>
      <translation>&amp;Note:</translation>
    </message>
    <message>
      <source>Unsaved signal</source>
      <translation>Unsaved signal</translation>
    </message>
  </context>
  <context>
    <name>SignalTableModel</name>
    <message>
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>To</source>
      <translation>To</translation>
    </message>
    <message>
      <source>Asked</source>
      <translation>Asked</translation>
    </message>
    <message>
      <source>Themes</source>
      <translation>Themes</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <source>asked</source>
      <translation>asked</translation>
    </message>
    <message>
      <source>unasked</source>
      <translation>unasked</translation>
    </message>
  </context>
  <context>
    <name>SignalsPanel</name>
    <message>
      <source>the pseudonym of a dossier</source>
      <translation>the pseudonym of a dossier</translation>
    </message>
    <message>
      <source>(part of) the real name of a requester</source>
      <translation>(part of) the real name of a requester</translation>
    </message>
    <message>
      <source>the place of a register entry</source>
      <translation>the place of a register entry</translation>
    </message>
    <message>
      <source>(part of) a worker's identity in the register</source>
      <translation>(part of) a worker's identity in the register</translation>
    </message>
    <message>
      <source>a word of a register description, rare in your notes</source>
      <translation>a word of a register description, rare in your notes</translation>
    </message>
    <message>
      <source>occurs in the notes of fewer than %1 dossiers</source>
      <translation>occurs in the notes of fewer than %1 dossiers</translation>
    </message>
    <message>
      <source>“%1”: %2</source>
      <translation>“%1”: %2</translation>
    </message>
    <message>
      <source>Si&amp;gnals and recommendations (printed in the report; optional):</source>
      <translation>Si&amp;gnals and recommendations (printed in the report; optional):</translation>
    </message>
    <message>
      <source>Signals and recommendations</source>
      <translation>Signals and recommendations</translation>
    </message>
    <message>
      <source>General trends and advice for the organisation, without names, pseudonyms or details of cases</source>
      <translation>General trends and advice for the organisation, without names, pseudonyms or details of cases</translation>
    </message>
    <message>
      <source>Signals text check</source>
      <translation>Signals text check</translation>
    </message>
    <message>
      <source>Words to rewrite</source>
      <translation>Words to rewrite</translation>
    </message>
    <message>
      <source>This period was exported before: its signals text is issued again as it was.</source>
      <translation>This period was exported before: its signals text is issued again as it was.</translation>
    </message>
    <message>
      <source>The text is too long (%1 characters; at most %2).</source>
      <translation>The text is too long (%1 characters; at most %2).</translation>
    </message>
    <message>
      <source>Rewrite these words: they could identify someone. The report cannot be exported while any is left.</source>
      <translation>Rewrite these words: they could identify someone. The report cannot be exported while any is left.</translation>
    </message>
    <message>
      <source>Checked: no identifying words found.</source>
      <translation>Checked: no identifying words found.</translation>
    </message>
  </context>
  <context>
    <name>SignalsWindow</name>
    <message>
      <source>Signals and advice</source>
      <translation>Signals and advice</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <source>Signals status</source>
      <translation>Signals status</translation>
    </message>
    <message>
      <source>Signals and advice you gave, asked or on your own initiative, to management, the works council or the prevention adviser. Your notes stay in the vault; the yearly report counts signals per addressee and asked/unasked only.</source>
      <translation>Signals and advice you gave, asked or on your own initiative, to management, the works council or the prevention adviser. Your notes stay in the vault; the yearly report counts signals per addressee and asked/unasked only.</translation>
    </message>
    <message>
      <source>&amp;New…</source>
      <translation>&amp;New…</translation>
    </message>
    <message>
      <source>&amp;Edit…</source>
      <translation>&amp;Edit…</translation>
    </message>
    <message>
      <source>&amp;Delete…</source>
      <translation>&amp;Delete…</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Close</translation>
    </message>
    <message>
      <source>&amp;Organisation:</source>
      <translation>&amp;Organisation:</translation>
    </message>
    <message>
      <source>There is no organisation yet.</source>
      <translation>There is no organisation yet.</translation>
    </message>
    <message>
      <source>No signals yet for this organisation. Choose New (Ctrl+N) after you gave advice or signalled a trend.</source>
      <translation>No signals yet for this organisation. Choose New (Ctrl+N) after you gave advice or signalled a trend.</translation>
    </message>
    <message>
      <source>Delete signal</source>
      <translation>Delete signal</translation>
    </message>
    <message>
      <source>Delete the signal of %1, with its note? This cannot be undone.</source>
      <translation>Delete the signal of %1, with its note? This cannot be undone.</translation>
    </message>
  </context>
  <context>
    <name>StrengthMeter</name>
    <message>
      <source>Passphrase strength</source>
      <translation>Passphrase strength</translation>
    </message>
  </context>
  <context>
    <name>TimelineModel</name>
    <message>
      <source>Request</source>
      <translation>Request</translation>
    </message>
    <message>
      <source>Intake</source>
      <translation>Intake</translation>
    </message>
    <message>
      <source>Consent</source>
      <translation>Consent</translation>
    </message>
    <message>
      <source>Consent withdrawn</source>
      <translation>Consent withdrawn</translation>
    </message>
    <message>
      <source>Contact</source>
      <translation>Contact</translation>
    </message>
    <message>
      <source>Intervention</source>
      <translation>Intervention</translation>
    </message>
    <message>
      <source>Referral</source>
      <translation>Referral</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation>Closed</translation>
    </message>
    <message>
      <source>Reopened</source>
      <translation>Reopened</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>What</source>
      <translation>What</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>Details</translation>
    </message>
    <message>
      <source>channel: %1</source>
      <translation>channel: %1</translation>
    </message>
    <message>
      <source>not yet heard</source>
      <translation>not yet heard</translation>
    </message>
    <message>
      <source>%1 min</source>
      <translation>%1 min</translation>
    </message>
    <message>
      <source>by the other party</source>
      <translation>by the other party</translation>
    </message>
    <message>
      <source>withdrawn on %1</source>
      <translation>withdrawn on %1</translation>
    </message>
    <message>
      <source>other party agreed</source>
      <translation>other party agreed</translation>
    </message>
    <message>
      <source>contacted by me, with consent</source>
      <translation>contacted by me, with consent</translation>
    </message>
    <message>
      <source>advice: the requester goes alone</source>
      <translation>advice: the requester goes alone</translation>
    </message>
    <message>
      <source>formal request</source>
      <translation>formal request</translation>
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
      <source>Choose an aftercare date within {years} years.</source>
      <translation>Choose an aftercare date within {years} years.</translation>
    </message>
    <message>
      <source>At most {max} steps, one per line.</source>
      <translation>At most {max} steps, one per line.</translation>
    </message>
    <message>
      <source>A step is longer than {max} characters: split it over two lines.</source>
      <translation>A step is longer than {max} characters: split it over two lines.</translation>
    </message>
    <message>
      <source>Please make a choice.</source>
      <translation>Please make a choice.</translation>
    </message>
    <message>
      <source>The hours must be between 0 and {max}.</source>
      <translation>The hours must be between 0 and {max}.</translation>
    </message>
    <message>
      <source>The certificate cannot be filed before the activity ({day}).</source>
      <translation>The certificate cannot be filed before the activity ({day}).</translation>
    </message>
    <message>
      <source>The register of facts by third parties exists only for Belgian organisations.</source>
      <translation>The register of facts by third parties exists only for Belgian organisations.</translation>
    </message>
    <message>
      <source>The registration date cannot lie before that of the previous entry ({date}): numbers follow the order of registration.</source>
      <translation>The registration date cannot lie before that of the previous entry ({date}): numbers follow the order of registration.</translation>
    </message>
    <message>
      <source>The registration date cannot lie after that of the next entry ({date}).</source>
      <translation>The registration date cannot lie after that of the next entry ({date}).</translation>
    </message>
    <message>
      <source>The facts cannot end before they started ({start}).</source>
      <translation>The facts cannot end before they started ({start}).</translation>
    </message>
    <message>
      <source>The facts cannot start after the day they were registered.</source>
      <translation>The facts cannot start after the day they were registered.</translation>
    </message>
    <message>
      <source>Choose at least one type.</source>
      <translation>Choose at least one type.</translation>
    </message>
    <message>
      <source>This choice is not valid for the organisation's profile.</source>
      <translation>This choice is not valid for the organisation's profile.</translation>
    </message>
    <message>
      <source>The worker's identity may be recorded only with the worker's consent.</source>
      <translation>The worker's identity may be recorded only with the worker's consent.</translation>
    </message>
    <message>
      <source>Please describe the facts.</source>
      <translation>Please describe the facts.</translation>
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
      <source>You contact or inform the destination of this referral: it can only be saved once the requester's consent for a referral is recorded (and not withdrawn) on that date. Advice the requester acts on alone needs no consent.</source>
      <translation>You contact or inform the destination of this referral: it can only be saved once the requester's consent for a referral is recorded (and not withdrawn) on that date. Advice the requester acts on alone needs no consent.</translation>
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
    <message>
      <source>A dossier cannot be reopened before it was closed ({closed}).</source>
      <translation>A dossier cannot be reopened before it was closed ({closed}).</translation>
    </message>
    <message>
      <source>The intake, closures and reopenings are the history of the dossier and cannot be deleted.</source>
      <translation>The intake, closures and reopenings are the history of the dossier and cannot be deleted.</translation>
    </message>
    <message>
      <source>This consent is the basis of a recorded intervention or referral and cannot be deleted. Record its withdrawal instead: the history is kept.</source>
      <translation>This consent is the basis of a recorded intervention or referral and cannot be deleted. Record its withdrawal instead: the history is kept.</translation>
    </message>
    <message>
      <source>Choose a number of days between 1 and 3650.</source>
      <translation>Choose a number of days between 1 and 3650.</translation>
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
      <source>The vault file is damaged ({detail}). It was left untouched and nothing more is saved to it. Restore a backup (File → Restore from backup…).</source>
      <translation>The vault file is damaged ({detail}). It was left untouched and nothing more is saved to it. Restore a backup (File → Restore from backup…).</translation>
    </message>
    <message>
      <source>The vault's journal file (…-wal, left by a crash) is damaged or belongs to another file: {detail}. The vault was left untouched. Restore a backup (File → Restore from backup…).</source>
      <translation>The vault's journal file (…-wal, left by a crash) is damaged or belongs to another file: {detail}. The vault was left untouched. Restore a backup (File → Restore from backup…).</translation>
    </message>
    <message>
      <source>The disk holding the vault is full, so it cannot be opened. Free some space and try again. The vault was left untouched.</source>
      <translation>The disk holding the vault is full, so it cannot be opened. Free some space and try again. The vault was left untouched.</translation>
    </message>
    <message>
      <source>VP Desk is not allowed to read or write this vault or its folder (permission denied). Check the file's owner and permissions. The vault was left untouched.</source>
      <translation>VP Desk is not allowed to read or write this vault or its folder (permission denied). Check the file's owner and permissions. The vault was left untouched.</translation>
    </message>
    <message>
      <source>The vault is on a read-only disk or folder, so it cannot be opened for work. Copy it to a writable folder first. It was left untouched.</source>
      <translation>The vault is on a read-only disk or folder, so it cannot be opened for work. Copy it to a writable folder first. It was left untouched.</translation>
    </message>
    <message>
      <source>The disk reported a read or write error (I/O error); it may be failing or was removed. The vault was left untouched. Copy it to another disk, or restore a backup.</source>
      <translation>The disk reported a read or write error (I/O error); it may be failing or was removed. The vault was left untouched. Copy it to another disk, or restore a backup.</translation>
    </message>
    <message>
      <source>The passphrase was not changed: the disk is full or not writable (a change rewrites the whole vault and needs about its size in free space). The old passphrase still works and nothing was lost. Free some space and try again.</source>
      <translation>The passphrase was not changed: the disk is full or not writable (a change rewrites the whole vault and needs about its size in free space). The old passphrase still works and nothing was lost. Free some space and try again.</translation>
    </message>
    <message>
      <source>This record no longer exists.</source>
      <translation>This record no longer exists.</translation>
    </message>
    <message>
      <source>The backup copy did not pass its check ({detail}); it was removed. The vault itself is unchanged.</source>
      <translation>The backup copy did not pass its check ({detail}); it was removed. The vault itself is unchanged.</translation>
    </message>
    <message>
      <source>This backup is damaged ({detail}). It was left untouched; choose another backup.</source>
      <translation>This backup is damaged ({detail}). It was left untouched; choose another backup.</translation>
    </message>
    <message>
      <source>The vault cannot be replaced while it is open or has unsaved changes in its journal. Lock it first.</source>
      <translation>The vault cannot be replaced while it is open or has unsaved changes in its journal. Lock it first.</translation>
    </message>
    <message>
      <source>Only the last entry of the register (no. {last}) can be deleted, to correct a mistake: numbers must stay without gaps. Correct this entry instead; it is erased when it expires.</source>
      <translation>Only the last entry of the register (no. {last}) can be deleted, to correct a mistake: numbers must stay without gaps. Correct this entry instead; it is erased when it expires.</translation>
    </message>
    <message>
      <source>{start} to {end} is not a reporting period of this organisation. A report covers one whole reporting year (or a summary of 2 to 5 of them), so that no two reports differ by a few people.</source>
      <translation>{start} to {end} is not a reporting period of this organisation. A report covers one whole reporting year (or a summary of 2 to 5 of them), so that no two reports differ by a few people.</translation>
    </message>
    <message>
      <source>The report was not exported: its signals and recommendations text holds words that could identify someone ({count}: {words}). Rewrite them, then export again. Nothing was written.</source>
      <translation>The report was not exported: its signals and recommendations text holds words that could identify someone ({count}: {words}). Rewrite them, then export again. Nothing was written.</translation>
    </message>
    <message>
      <source>The signals and recommendations text is too long ({length} characters; at most {limit}). Nothing was written.</source>
      <translation>The signals and recommendations text is too long ({length} characters; at most {limit}). Nothing was written.</translation>
    </message>
    <message>
      <source>This report cannot be exported: together with the reports exported before, it would let a reader work out a small number ({what}). Nothing was written.</source>
      <translation>This report cannot be exported: together with the reports exported before, it would let a reader work out a small number ({what}). Nothing was written.</translation>
    </message>
    <message>
      <source>The report was not made: the vault holds a category ({key}) that the catalog of this organisation's profile does not know. Correct the record, then export again.</source>
      <translation>The report was not made: the vault holds a category ({key}) that the catalog of this organisation's profile does not know. Correct the record, then export again.</translation>
    </message>
    <message>
      <source>The passphrase was not changed: the keychain remembers the current one and did not let VP Desk remove it (it may be locked). Unlock the keychain and try again.</source>
      <translation>The passphrase was not changed: the keychain remembers the current one and did not let VP Desk remove it (it may be locked). Unlock the keychain and try again.</translation>
    </message>
    <message>
      <source>The reporting year of this organisation cannot change any more: reports were already exported for it, and a shifted year would let readers subtract one report from another.</source>
      <translation>The reporting year of this organisation cannot change any more: reports were already exported for it, and a shifted year would let readers subtract one report from another.</translation>
    </message>
    <message>
      <source>This organisation still has dossiers ({count}). Archive it instead, or erase its dossiers first.</source>
      <translation>This organisation still has dossiers ({count}). Archive it instead, or erase its dossiers first.</translation>
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
      <source>Theme filter</source>
      <translation>Theme filter</translation>
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
    <message>
      <source>All themes</source>
      <translation>All themes</translation>
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
  <context>
    <name>m</name>
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
</TS>