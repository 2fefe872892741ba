<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
  <context>
    <name>AccessView</name>
    <message>
      <source>Access view</source>
      <translation>Vue d'accès</translation>
    </message>
    <message>
      <source>What is stored about the requester</source>
      <translation>Ce qui est conservé sur le demandeur</translation>
    </message>
    <message>
      <source>Show my working notes (contact, intervention and referral notes)</source>
      <translation>Afficher mes notes de travail (notes des contacts, interventions et orientations)</translation>
    </message>
    <message>
      <source>Show working notes</source>
      <translation>Afficher les notes de travail</translation>
    </message>
    <message>
      <source>Working notes of the confidant</source>
      <translation>Notes de travail de la personne de confiance</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Fermer</translation>
    </message>
    <message>
      <source>Read only. Go through this with the requester on screen; nothing is printed or exported.</source>
      <translation>Lecture seule. Parcourez ceci avec le demandeur à l'écran ; rien n'est imprimé ni exporté.</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>oui</translation>
    </message>
    <message>
      <source>no</source>
      <translation>non</translation>
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
      <translation>Pseudonyme / code</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <source>(not recorded)</source>
      <translation>(non enregistré)</translation>
    </message>
    <message>
      <source>Date of the request</source>
      <translation>Date de la demande</translation>
    </message>
    <message>
      <source>Date of the intake</source>
      <translation>Date de l'entretien d'accueil</translation>
    </message>
    <message>
      <source>Channel</source>
      <translation>Canal</translation>
    </message>
    <message>
      <source>Themes</source>
      <translation>Thèmes</translation>
    </message>
    <message>
      <source>Sphere</source>
      <translation>Sphère</translation>
    </message>
    <message>
      <source>Other party</source>
      <translation>Autre partie</translation>
    </message>
    <message>
      <source>Gender</source>
      <translation>Genre</translation>
    </message>
    <message>
      <source>Age band</source>
      <translation>Tranche d'âge</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>Fonction</translation>
    </message>
    <message>
      <source>Department head or senior official involved</source>
      <translation>Chef de service ou membre de la ligne hiérarchique impliqué</translation>
    </message>
    <message>
      <source>Group problem</source>
      <translation>Problème de groupe</translation>
    </message>
    <message>
      <source>Formal request considered</source>
      <translation>Demande formelle envisagée</translation>
    </message>
    <message>
      <source>Closing note: %1</source>
      <translation>Note de clôture : %1</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <source>closed</source>
      <translation>clôturé</translation>
    </message>
    <message>
      <source>open</source>
      <translation>ouvert</translation>
    </message>
    <message>
      <source>Closed on</source>
      <translation>Clôturé le</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation>Résultat</translation>
    </message>
    <message>
      <source>To be erased on</source>
      <translation>À effacer le</translation>
    </message>
    <message>
      <source>(open dossier: not yet set)</source>
      <translation>(dossier ouvert : pas encore fixé)</translation>
    </message>
    <message>
      <source>Aftercare conversation</source>
      <translation>Entretien de suivi</translation>
    </message>
    <message>
      <source>What you told at the intake</source>
      <translation>Ce que vous avez dit lors de l'accueil</translation>
    </message>
    <message>
      <source>Closing note</source>
      <translation>Note de clôture</translation>
    </message>
    <message>
      <source>Consents</source>
      <translation>Consentements</translation>
    </message>
    <message>
      <source>withdrawn on %1</source>
      <translation>retiré le %1</translation>
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
      <translation>Orientations</translation>
    </message>
    <message>
      <source>contacted by me, with your consent</source>
      <translation>contacté par moi, avec votre accord</translation>
    </message>
    <message>
      <source>advice: you contact them yourself</source>
      <translation>conseil : vous prenez contact vous-même</translation>
    </message>
    <message>
      <source>Paper documents</source>
      <translation>Documents papier</translation>
    </message>
    <message>
      <source>History</source>
      <translation>Historique</translation>
    </message>
    <message>
      <source>reopened</source>
      <translation>rouvert</translation>
    </message>
    <message>
      <source>Contact</source>
      <translation>Contact</translation>
    </message>
    <message>
      <source>Prevention adviser psychosocial aspects (PAPS) involved</source>
      <translation>Conseiller en prévention aspects psychosociaux (CPAP) impliqué</translation>
    </message>
    <message>
      <source>Intervention</source>
      <translation>Intervention</translation>
    </message>
    <message>
      <source>Referral</source>
      <translation>Orientation</translation>
    </message>
  </context>
  <context>
    <name>ActivityDialog</name>
    <message>
      <source>Own activity</source>
      <translation>Activité propre</translation>
    </message>
    <message>
      <source>Activity</source>
      <translation>Activité</translation>
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
      <translation>Heures</translation>
    </message>
    <message>
      <source>For which organisation</source>
      <translation>Pour quelle organisation</translation>
    </message>
    <message>
      <source>All organisations (my own training)</source>
      <translation>Toutes les organisations (ma propre formation)</translation>
    </message>
    <message>
      <source>&amp;Proof of attendance filed on</source>
      <translation>Attestation de participation &amp;classée le</translation>
    </message>
    <message>
      <source>&amp;Certificate filed on</source>
      <translation>Attestation &amp;classée le</translation>
    </message>
    <message>
      <source>The paper certificate was filed</source>
      <translation>L'attestation papier a été classée</translation>
    </message>
    <message>
      <source>Date the certificate was filed</source>
      <translation>Date de classement de l'attestation</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <source>&amp;Activity:</source>
      <translation>&amp;Activité :</translation>
    </message>
    <message>
      <source>&amp;Date:</source>
      <translation>&amp;Date :</translation>
    </message>
    <message>
      <source>&amp;Hours:</source>
      <translation>&amp;Heures :</translation>
    </message>
    <message>
      <source>&amp;For:</source>
      <translation>&amp;Pour :</translation>
    </message>
    <message>
      <source>&amp;Note:</source>
      <translation>&amp;Note :</translation>
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
      <translation>Activité</translation>
    </message>
    <message>
      <source>Hours</source>
      <translation>Heures</translation>
    </message>
    <message>
      <source>For</source>
      <translation>Pour</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <source>Certificate</source>
      <translation>Attestation</translation>
    </message>
    <message>
      <source>Proof of attendance</source>
      <translation>Attestation de participation</translation>
    </message>
    <message>
      <source>filed %1</source>
      <translation>classée %1</translation>
    </message>
    <message>
      <source>missing</source>
      <translation>manquante</translation>
    </message>
    <message>
      <source>all organisations</source>
      <translation>toutes les organisations</translation>
    </message>
  </context>
  <context>
    <name>AftercareDialog</name>
    <message>
      <source>Aftercare</source>
      <translation>Suivi ultérieur</translation>
    </message>
    <message>
      <source>A follow-up conversation with the requester, also after closing. From this date on it is listed under Due until you remove it.</source>
      <translation>Un entretien de suivi avec le demandeur, même après la clôture. À partir de cette date, il figure dans À faire jusqu'à ce que vous le supprimiez.</translation>
    </message>
    <message>
      <source>Date of the aftercare conversation</source>
      <translation>Date de l'entretien de suivi</translation>
    </message>
    <message>
      <source>Planned on %1.</source>
      <translation>Prévu le %1.</translation>
    </message>
    <message>
      <source>No aftercare conversation planned.</source>
      <translation>Aucun entretien de suivi prévu.</translation>
    </message>
    <message>
      <source>Aftercare status</source>
      <translation>État du suivi</translation>
    </message>
    <message>
      <source>&amp;Plan</source>
      <translation>&amp;Planifier</translation>
    </message>
    <message>
      <source>&amp;Done — remove it</source>
      <translation>&amp;Fait — supprimer</translation>
    </message>
    <message>
      <source>The aftercare conversation took place: remove it</source>
      <translation>L'entretien de suivi a eu lieu : le supprimer</translation>
    </message>
    <message>
      <source>&amp;Aftercare on:</source>
      <translation>&amp;Suivi le :</translation>
    </message>
  </context>
  <context>
    <name>App</name>
    <message>
      <source>Unexpected error</source>
      <translation>Erreur inattendue</translation>
    </message>
    <message>
      <source>Something unexpected went wrong ({kind}). Your vault is safe: every saved change is kept; only the edit in progress may need to be done again.</source>
      <translation>Un problème inattendu s'est produit ({kind}). Votre coffre-fort est en sécurité : toute modification enregistrée est conservée ; seule la modification en cours devra peut-être être refaite.</translation>
    </message>
    <message>
      <source>Demo vault with invented data; its passphrase is “{p}”. It is deleted when you quit.</source>
      <translation>Coffre-fort de démonstration avec des données fictives ; sa phrase secrète est « {p} ». Il est supprimé à la fermeture.</translation>
    </message>
  </context>
  <context>
    <name>Backup</name>
    <message>
      <source>Copying the encrypted vault…</source>
      <translation>Copie du coffre-fort chiffré…</translation>
    </message>
    <message>
      <source>Checking the copy…</source>
      <translation>Vérification de la copie…</translation>
    </message>
    <message>
      <source>Finishing…</source>
      <translation>Finalisation…</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>Terminé</translation>
    </message>
    <message>
      <source>Checking the backup…</source>
      <translation>Vérification de la sauvegarde…</translation>
    </message>
    <message>
      <source>Copying the backup beside the vault…</source>
      <translation>Copie de la sauvegarde à côté du coffre-fort…</translation>
    </message>
    <message>
      <source>Keeping the current vault aside…</source>
      <translation>Mise de côté du coffre-fort actuel…</translation>
    </message>
  </context>
  <context>
    <name>BlankFormsDialog</name>
    <message>
      <source>Blank forms</source>
      <translation>Formulaires vierges</translation>
    </message>
    <message>
      <source>Form</source>
      <translation>Formulaire</translation>
    </message>
    <message>
      <source>Request for an informal psychosocial intervention</source>
      <translation>Demande d'intervention psychosociale informelle</translation>
    </message>
    <message>
      <source>Document confirming the personal interview</source>
      <translation>Document confirmant l'entretien personnel</translation>
    </message>
    <message>
      <source>Language of the form</source>
      <translation>Langue du formulaire</translation>
    </message>
    <message>
      <source>The form is blank: nothing from the vault is written into it. Print it and fill it in by hand; record in the dossier (Dossier → Paper documents) when it was signed.</source>
      <translation>Le formulaire est vierge : rien du coffre n'y est écrit. Imprimez-le et remplissez-le à la main ; notez dans le dossier (Dossier → Documents papier) quand il a été signé.</translation>
    </message>
    <message>
      <source>&amp;Save PDF…</source>
      <translation>&amp;Enregistrer le PDF…</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Fermer</translation>
    </message>
    <message>
      <source>&amp;Form:</source>
      <translation>&amp;Formulaire :</translation>
    </message>
    <message>
      <source>&amp;Language:</source>
      <translation>&amp;Langue :</translation>
    </message>
    <message>
      <source>Save the blank form</source>
      <translation>Enregistrer le formulaire vierge</translation>
    </message>
    <message>
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <source>The PDF could not be written: %1</source>
      <translation>Le PDF n'a pas pu être écrit : %1</translation>
    </message>
    <message>
      <source>The blank form was saved as %1.</source>
      <translation>Le formulaire vierge a été enregistré sous %1.</translation>
    </message>
  </context>
  <context>
    <name>ChangePassphraseDialog</name>
    <message>
      <source>Change passphrase</source>
      <translation>Changer la phrase secrète</translation>
    </message>
    <message>
      <source>Current passphrase</source>
      <translation>Phrase secrète actuelle</translation>
    </message>
    <message>
      <source>New passphrase</source>
      <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
      <source>Repeat new passphrase</source>
      <translation>Répétez la nouvelle phrase secrète</translation>
    </message>
    <message>
      <source>Write the new passphrase down and keep it somewhere safe. Backups made before now keep the old passphrase. A passphrase remembered in the keychain is forgotten.</source>
      <translation>Notez la nouvelle phrase secrète et gardez-la en lieu sûr. Les sauvegardes faites avant maintenant gardent l'ancienne phrase secrète. Une phrase secrète retenue dans le trousseau est oubliée.</translation>
    </message>
    <message>
      <source>Error message</source>
      <translation>Message d'erreur</translation>
    </message>
    <message>
      <source>&amp;Current passphrase:</source>
      <translation>Phrase secrète &amp;actuelle :</translation>
    </message>
    <message>
      <source>&amp;New passphrase:</source>
      <translation>&amp;Nouvelle phrase secrète :</translation>
    </message>
    <message>
      <source>&amp;Repeat:</source>
      <translation>&amp;Répéter :</translation>
    </message>
    <message>
      <source>Strength:</source>
      <translation>Robustesse :</translation>
    </message>
    <message>
      <source>Please type your current passphrase.</source>
      <translation>Tapez votre phrase secrète actuelle.</translation>
    </message>
    <message>
      <source>The two new passphrases are not the same.</source>
      <translation>Les deux nouvelles phrases secrètes ne sont pas identiques.</translation>
    </message>
    <message>
      <source>The new passphrase is the same as the current one.</source>
      <translation>La nouvelle phrase secrète est identique à l'actuelle.</translation>
    </message>
    <message>
      <source>The current passphrase is wrong. Nothing was changed.</source>
      <translation>La phrase secrète actuelle est erronée. Rien n'a été modifié.</translation>
    </message>
  </context>
  <context>
    <name>ClosureDialog</name>
    <message>
      <source>Delete-by date</source>
      <translation>Date d'effacement</translation>
    </message>
    <message>
      <source>Reopen dossier</source>
      <translation>Rouvrir le dossier</translation>
    </message>
    <message>
      <source>Closed on %1 — %2.</source>
      <translation>Clôturé le %1 — %2.</translation>
    </message>
    <message>
      <source>Delete-by date while closed: %1. Reopening cancels it; the closure stays in the history.</source>
      <translation>Date d'effacement tant qu'il est clôturé : %1. La réouverture l'annule ; la clôture reste dans l'historique.</translation>
    </message>
    <message>
      <source>Date of reopening</source>
      <translation>Date de réouverture</translation>
    </message>
    <message>
      <source>&amp;Reopened on:</source>
      <translation>&amp;Rouvert le :</translation>
    </message>
    <message>
      <source>Close dossier</source>
      <translation>Clôturer le dossier</translation>
    </message>
    <message>
      <source>Re&amp;open</source>
      <translation>R&amp;ouvrir</translation>
    </message>
    <message>
      <source>Close &amp;dossier</source>
      <translation>Clôturer le &amp;dossier</translation>
    </message>
    <message>
      <source>Closing date</source>
      <translation>Date de clôture</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation>Résultat</translation>
    </message>
    <message>
      <source>Closing note</source>
      <translation>Note de clôture</translation>
    </message>
    <message>
      <source>&amp;Closed on:</source>
      <translation>&amp;Clôturé le :</translation>
    </message>
    <message>
      <source>&amp;Outcome:</source>
      <translation>&amp;Résultat :</translation>
    </message>
    <message>
      <source>&amp;Note:</source>
      <translation>&amp;Note :</translation>
    </message>
    <message>
      <source>&amp;Aftercare conversation on</source>
      <translation>&amp;Entretien de suivi le</translation>
    </message>
    <message>
      <source>Plan an aftercare conversation</source>
      <translation>Prévoir un entretien de suivi</translation>
    </message>
    <message>
      <source>Date of the aftercare conversation</source>
      <translation>Date de l'entretien de suivi</translation>
    </message>
    <message>
      <source>Delete-by date after this closure: %1 (retention period of the organisation).</source>
      <translation>Date d'effacement après cette clôture : %1 (durée de conservation de l'organisation).</translation>
    </message>
  </context>
  <context>
    <name>ClosureHelp</name>
    <message>
      <source>Closing ends the follow-up. The dossier counts as closed in the yearly report of the year it closes in, and its retention period starts (the delete-by date is shown below). You can reopen it later; this closing stays in its history.</source>
      <translation>La clôture met fin au suivi. Le dossier compte comme clôturé dans le rapport annuel de l’année de sa clôture, et son délai de conservation commence (la date d’effacement figure ci-dessous). Vous pouvez le rouvrir plus tard ; cette clôture reste dans son historique.</translation>
    </message>
    <message>
      <source>Outcome, counted anonymously in the report: %1.</source>
      <translation>Résultat, compté anonymement dans le rapport : %1.</translation>
    </message>
    <message>
      <source>Aftercare: if you agreed to check in with the requester later, plan that contact before you close.</source>
      <translation>Suivi : si vous avez convenu de reprendre contact plus tard avec le demandeur, planifiez ce contact avant de clôturer.</translation>
    </message>
    <message>
      <source>What closing does</source>
      <translation>Ce que fait la clôture</translation>
    </message>
    <message>
      <source>Reopening makes the dossier open again for new contacts, interventions and referrals. Its delete-by date is cancelled until it is closed again; the earlier closing (date, outcome and note) stays in its history.</source>
      <translation>La réouverture rouvre le dossier à de nouveaux contacts, interventions et orientations. Sa date d’effacement est annulée jusqu’à sa prochaine clôture ; la clôture précédente (date, résultat et note) reste dans son historique.</translation>
    </message>
    <message>
      <source>What reopening does</source>
      <translation>Ce que fait la réouverture</translation>
    </message>
  </context>
  <context>
    <name>ConsentDialog</name>
    <message>
      <source>New consent</source>
      <translation>Nouveau consentement</translation>
    </message>
    <message>
      <source>Consent</source>
      <translation>Consentement</translation>
    </message>
    <message>
      <source>Who consents</source>
      <translation>Qui consent</translation>
    </message>
    <message>
      <source>The requester</source>
      <translation>Le demandeur</translation>
    </message>
    <message>
      <source>The other party</source>
      <translation>L'autre partie</translation>
    </message>
    <message>
      <source>What the consent is for</source>
      <translation>Objet du consentement</translation>
    </message>
    <message>
      <source>Date of the consent</source>
      <translation>Date du consentement</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Description</translation>
    </message>
    <message>
      <source>For what exactly, with whom, how it was given …</source>
      <translation>Pour quoi exactement, avec qui, comment il a été donné …</translation>
    </message>
    <message>
      <source>&amp;Withdrawn on</source>
      <translation>&amp;Retiré le</translation>
    </message>
    <message>
      <source>The consent was withdrawn</source>
      <translation>Le consentement a été retiré</translation>
    </message>
    <message>
      <source>Date of the withdrawal</source>
      <translation>Date du retrait</translation>
    </message>
    <message>
      <source>&amp;Given by:</source>
      <translation>Do&amp;nné par :</translation>
    </message>
    <message>
      <source>&amp;For:</source>
      <translation>&amp;Pour :</translation>
    </message>
    <message>
      <source>&amp;Date:</source>
      <translation>&amp;Date :</translation>
    </message>
    <message>
      <source>D&amp;escription:</source>
      <translation>D&amp;escription :</translation>
    </message>
    <message>
      <source>A withdrawal keeps the consent in the history with the date it ended; interventions and referrals after that date need a new consent.</source>
      <translation>Un retrait garde le consentement dans l'historique avec sa date de fin ; les interventions et orientations après cette date demandent un nouveau consentement.</translation>
    </message>
  </context>
  <context>
    <name>ConsentStatus</name>
    <message>
      <source>Consent status</source>
      <translation>État du consentement</translation>
    </message>
    <message>
      <source>Record &amp;consent…</source>
      <translation>&amp;Enregistrer le consentement…</translation>
    </message>
    <message>
      <source>Record the requester's consent</source>
      <translation>Enregistrer le consentement du demandeur</translation>
    </message>
    <message>
      <source>No consent needed: no third person is involved.</source>
      <translation>Aucun consentement requis : aucun tiers n'est impliqué.</translation>
    </message>
    <message>
      <source>No consent of the requester is recorded for this on %1: it cannot be saved until you record one.</source>
      <translation>Aucun consentement du demandeur n'est enregistré pour ceci au %1 : l'enregistrement n'est possible qu'après l'avoir consigné.</translation>
    </message>
    <message>
      <source>Consent of the requester recorded on %1.</source>
      <translation>Consentement du demandeur enregistré le %1.</translation>
    </message>
  </context>
  <context>
    <name>ContactDialog</name>
    <message>
      <source>New contact</source>
      <translation>Nouveau contact</translation>
    </message>
    <message>
      <source>Edit contact</source>
      <translation>Modifier le contact</translation>
    </message>
    <message>
      <source>Date of the contact</source>
      <translation>Date du contact</translation>
    </message>
    <message>
      <source>Kind of contact</source>
      <translation>Type de contact</translation>
    </message>
    <message>
      <source> min</source>
      <translation> min</translation>
    </message>
    <message>
      <source>Duration in minutes</source>
      <translation>Durée en minutes</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <source>&amp;Date:</source>
      <translation>&amp;Date :</translation>
    </message>
    <message>
      <source>&amp;Kind:</source>
      <translation>&amp;Type :</translation>
    </message>
    <message>
      <source>D&amp;uration:</source>
      <translation>D&amp;urée :</translation>
    </message>
    <message>
      <source>&amp;Notes:</source>
      <translation>&amp;Notes :</translation>
    </message>
    <message>
      <source>Unsaved contact</source>
      <translation>Contact non enregistré</translation>
    </message>
  </context>
  <context>
    <name>CreateVaultDialog</name>
    <message>
      <source>Create a new vault</source>
      <translation>Créer un nouveau coffre-fort</translation>
    </message>
    <message>
      <source>Vault location</source>
      <translation>Emplacement du coffre-fort</translation>
    </message>
    <message>
      <source>&amp;Browse…</source>
      <translation>&amp;Parcourir…</translation>
    </message>
    <message>
      <source>Passphrase</source>
      <translation>Phrase secrète</translation>
    </message>
    <message>
      <source>Repeat passphrase</source>
      <translation>Répétez la phrase secrète</translation>
    </message>
    <message>
      <source>&lt;b&gt;Write your passphrase down and keep it somewhere safe.&lt;/b&gt; It is the only key to the vault: if you lose it, nobody — not even the makers of VP Desk — can open your notes again.</source>
      <translation>&lt;b&gt;Notez votre phrase secrète et conservez-la en lieu sûr.&lt;/b&gt; C'est la seule clé du coffre-fort : si vous la perdez, personne — pas même les créateurs de VP Desk — ne pourra rouvrir vos notes.</translation>
    </message>
    <message>
      <source>Error message</source>
      <translation>Message d'erreur</translation>
    </message>
    <message>
      <source>Create vault</source>
      <translation>Créer le coffre-fort</translation>
    </message>
    <message>
      <source>&amp;Location:</source>
      <translation>&amp;Emplacement :</translation>
    </message>
    <message>
      <source>&amp;Passphrase:</source>
      <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
      <source>&amp;Repeat:</source>
      <translation>&amp;Répéter :</translation>
    </message>
    <message>
      <source>Strength:</source>
      <translation>Robustesse :</translation>
    </message>
    <message>
      <source>Where should the vault be kept?</source>
      <translation>Où conserver le coffre-fort ?</translation>
    </message>
    <message>
      <source>VP Desk vault (*%s)</source>
      <translation>Coffre-fort VP Desk (*%s)</translation>
    </message>
    <message>
      <source>Please choose where the vault is kept.</source>
      <translation>Choisissez où conserver le coffre-fort.</translation>
    </message>
    <message>
      <source>A file already exists there. Choose another name, or open it instead.</source>
      <translation>Un fichier existe déjà à cet endroit. Choisissez un autre nom, ou ouvrez-le.</translation>
    </message>
    <message>
      <source>The two passphrases are not the same.</source>
      <translation>Les deux phrases secrètes ne sont pas identiques.</translation>
    </message>
  </context>
  <context>
    <name>CrisisCard</name>
    <message>
      <source>Crisis lines and procedure</source>
      <translation>Lignes d'aide et procédure de crise</translation>
    </message>
    <message>
      <source>Belgium</source>
      <translation>Belgique</translation>
    </message>
    <message>
      <source>The Netherlands</source>
      <translation>Pays-Bas</translation>
    </message>
    <message>
      <source>or</source>
      <translation>ou</translation>
    </message>
    <message>
      <source>call %1, %2</source>
      <translation>appeler le %1, %2</translation>
    </message>
    <message>
      <source>Suicidal thoughts: help is available</source>
      <translation>Idées suicidaires : de l'aide existe</translation>
    </message>
    <message>
      <source>Crisis procedure of the organisation:</source>
      <translation>Procédure de crise de l'organisation :</translation>
    </message>
    <message>
      <source>No crisis procedure recorded for this organisation: add its steps with Edit organisation.</source>
      <translation>Aucune procédure de crise enregistrée pour cette organisation : ajoutez ses étapes via Modifier l'organisation.</translation>
    </message>
    <message>
      <source>Shown on screen only: nothing is sent or dialled.</source>
      <translation>Affiché à l'écran uniquement : rien n'est envoyé ni composé.</translation>
    </message>
  </context>
  <context>
    <name>DateField</name>
    <message>
      <source>“%1” is not a date. Type it as dd-mm-yyyy, for example 15-03-2026.</source>
      <translation>« %1 » n'est pas une date. Tapez-la sous la forme jj-mm-aaaa, par exemple 15-03-2026.</translation>
    </message>
  </context>
  <context>
    <name>DossierController</name>
    <message>
      <source>&amp;New intake…</source>
      <translation>&amp;Nouvelle demande…</translation>
    </message>
    <message>
      <source>&amp;Edit intake…</source>
      <translation>&amp;Modifier l'accueil…</translation>
    </message>
    <message>
      <source>Add &amp;contact…</source>
      <translation>Ajouter un &amp;contact…</translation>
    </message>
    <message>
      <source>Record c&amp;onsent…</source>
      <translation>Enregistrer un con&amp;sentement…</translation>
    </message>
    <message>
      <source>Add &amp;intervention…</source>
      <translation>Ajouter une &amp;intervention…</translation>
    </message>
    <message>
      <source>Add &amp;referral…</source>
      <translation>Ajouter une &amp;orientation…</translation>
    </message>
    <message>
      <source>C&amp;lose or reopen…</source>
      <translation>Clôturer ou rou&amp;vrir…</translation>
    </message>
    <message>
      <source>&amp;Delete organisation…</source>
      <translation>S&amp;upprimer l'organisation…</translation>
    </message>
    <message>
      <source>No dossier</source>
      <translation>Aucun dossier</translation>
    </message>
    <message>
      <source>Open a dossier first: select it in the list and press Enter.</source>
      <translation>Ouvrez d'abord un dossier : sélectionnez-le dans la liste et appuyez sur Entrée.</translation>
    </message>
    <message>
      <source>New intake</source>
      <translation>Nouvelle demande</translation>
    </message>
    <message>
      <source>Add the organisation the requester works for first.</source>
      <translation>Ajoutez d'abord l'organisation où travaille le demandeur.</translation>
    </message>
    <message>
      <source>For which organisation?</source>
      <translation>Pour quelle organisation ?</translation>
    </message>
    <message>
      <source>Referral to the PAPS</source>
      <translation>Orientation vers le CPAP</translation>
    </message>
    <message>
      <source>The requester considers a formal request. In Belgium such a requester is always referred to the prevention adviser psychosocial aspects (PAPS). Record that referral now?</source>
      <translation>Le demandeur envisage une demande formelle. En Belgique, il est toujours orienté vers le conseiller en prévention aspects psychosociaux (CPAP). Enregistrer cette orientation maintenant ?</translation>
    </message>
    <message>
      <source>Delete entry</source>
      <translation>Supprimer l'élément</translation>
    </message>
    <message>
      <source>Delete this entry (%1 of %2)? This cannot be undone.</source>
      <translation>Supprimer cet élément (%1 du %2) ? Cette action est irréversible.</translation>
    </message>
    <message>
      <source>Delete organisation</source>
      <translation>Supprimer l'organisation</translation>
    </message>
    <message>
      <source>Choose an organisation in the list at the top first.</source>
      <translation>Choisissez d'abord une organisation dans la liste en haut.</translation>
    </message>
    <message>
      <source>Delete the organisation “%1”? This cannot be undone.</source>
      <translation>Supprimer l'organisation « %1 » ? Cette action est irréversible.</translation>
    </message>
  </context>
  <context>
    <name>DossierTableModel</name>
    <message>
      <source>Pseudonym</source>
      <translation>Pseudonyme</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <source>Intake</source>
      <translation>Entretien d'accueil</translation>
    </message>
    <message>
      <source>Themes</source>
      <translation>Thèmes</translation>
    </message>
    <message>
      <source>Last activity</source>
      <translation>Dernière activité</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Ouvert</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation>Clôturé</translation>
    </message>
    <message>
      <source>not yet heard</source>
      <translation>pas encore entendu</translation>
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
      <translation>Résumé du dossier</translation>
    </message>
    <message>
      <source>Search match</source>
      <translation>Résultat de recherche</translation>
    </message>
    <message>
      <source>Timeline</source>
      <translation>Chronologie</translation>
    </message>
    <message>
      <source>Pseudonym and organisation</source>
      <translation>Pseudonyme et organisation</translation>
    </message>
    <message>
      <source>Dossier card</source>
      <translation>Fiche du dossier</translation>
    </message>
    <message>
      <source>Contact…</source>
      <translation>Contact…</translation>
    </message>
    <message>
      <source>Consent…</source>
      <translation>Consentement…</translation>
    </message>
    <message>
      <source>Intervention…</source>
      <translation>Intervention…</translation>
    </message>
    <message>
      <source>Referral…</source>
      <translation>Orientation…</translation>
    </message>
    <message>
      <source>&amp;Aftercare…</source>
      <translation>&amp;Suivi ultérieur…</translation>
    </message>
    <message>
      <source>Plan or remove the aftercare conversation</source>
      <translation>Prévoir ou supprimer l'entretien de suivi</translation>
    </message>
    <message>
      <source>Edit &amp;intake…</source>
      <translation>Modifier l'&amp;accueil…</translation>
    </message>
    <message>
      <source>&amp;Edit…</source>
      <translation>&amp;Modifier…</translation>
    </message>
    <message>
      <source>Edit the selected entry</source>
      <translation>Modifier l'élément sélectionné</translation>
    </message>
    <message>
      <source>De&amp;lete…</source>
      <translation>Supp&amp;rimer…</translation>
    </message>
    <message>
      <source>Delete the selected entry</source>
      <translation>Supprimer l'élément sélectionné</translation>
    </message>
    <message>
      <source>Enter edits the selected entry, Delete removes it.</source>
      <translation>Entrée modifie l'élément sélectionné, Suppr le supprime.</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Ouvert</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation>Clôturé</translation>
    </message>
    <message numerus="yes">
      <source>open %n day(s)</source>
      <translation>
        <numerusform>ouvert depuis %n jour</numerusform>
        <numerusform>ouvert depuis %n jours</numerusform>
      </translation>
    </message>
    <message>
      <source>PAPS support required</source>
      <translation>Soutien du CPAP obligatoire</translation>
    </message>
    <message>
      <source>not recorded</source>
      <translation>non renseigné</translation>
    </message>
    <message>
      <source>Who asks:</source>
      <translation>Qui demande :</translation>
    </message>
    <message>
      <source>Risk domains:</source>
      <translation>Domaines de risque :</translation>
    </message>
    <message>
      <source>Request: %1</source>
      <translation>Demande : %1</translation>
    </message>
    <message>
      <source>Intake: %1</source>
      <translation>Entretien d'accueil : %1</translation>
    </message>
    <message>
      <source>not yet heard</source>
      <translation>pas encore entendu</translation>
    </message>
    <message>
      <source>hear by %1</source>
      <translation>à entendre avant le %1</translation>
    </message>
    <message>
      <source>other party: %1</source>
      <translation>autre partie : %1</translation>
    </message>
    <message>
      <source>Themes:</source>
      <translation>Thèmes :</translation>
    </message>
    <message>
      <source>senior official involved</source>
      <translation>chef de service ou membre de la ligne hiérarchique impliqué</translation>
    </message>
    <message>
      <source>group problem</source>
      <translation>problème de groupe</translation>
    </message>
    <message>
      <source>formal request considered</source>
      <translation>demande formelle envisagée</translation>
    </message>
    <message>
      <source>PAPS involved</source>
      <translation>CPAP impliqué</translation>
    </message>
    <message>
      <source>real name recorded (hidden)</source>
      <translation>vrai nom enregistré (masqué)</translation>
    </message>
    <message>
      <source>Closed on %1 — %2. Delete by %3.</source>
      <translation>Clôturé le %1 — %2. À effacer le %3.</translation>
    </message>
    <message>
      <source>Aftercare conversation on %1</source>
      <translation>Entretien de suivi le %1</translation>
    </message>
    <message>
      <source>due</source>
      <translation>à faire</translation>
    </message>
    <message>
      <source>Support by the PAPS is mandatory for this dossier (unwanted sexual behaviour, a senior official involved or a group problem) and the PAPS is not involved yet.</source>
      <translation>L'appui du CPAP est obligatoire pour ce dossier (comportement sexuel indésirable, chef de service ou membre de la ligne hiérarchique impliqué ou problème de groupe) et le CPAP n'est pas encore impliqué.</translation>
    </message>
    <message>
      <source>No signed request for an informal psychosocial intervention is recorded for: %1 (Dossier → Paper documents).</source>
      <translation>Aucune demande d'intervention psychosociale informelle signée n'est enregistrée pour : %1 (Dossier → Documents papier).</translation>
    </message>
    <message>
      <source>&amp;Reopen…</source>
      <translation>&amp;Rouvrir…</translation>
    </message>
    <message>
      <source>Cl&amp;ose…</source>
      <translation>Cl&amp;ôturer…</translation>
    </message>
    <message>
      <source>Reopen the dossier</source>
      <translation>Rouvrir le dossier</translation>
    </message>
    <message>
      <source>Close the dossier</source>
      <translation>Clôturer le dossier</translation>
    </message>
    <message>
      <source>Search match: %1</source>
      <translation>Trouvé dans : %1</translation>
    </message>
  </context>
  <context>
    <name>DueModel</name>
    <message>
      <source>Hear the requester (10 calendar days after the request)</source>
      <translation>Entendre le demandeur (10 jours calendrier après la demande)</translation>
    </message>
    <message>
      <source>Mandatory PAPS support: refer to the PAPS</source>
      <translation>Soutien du CPAP obligatoire : orienter vers le CPAP</translation>
    </message>
    <message>
      <source>Open longer than the set number of days</source>
      <translation>Ouvert depuis plus longtemps que le nombre de jours choisi</translation>
    </message>
    <message>
      <source>Aftercare conversation with %1</source>
      <translation>Entretien de suivi avec %1</translation>
    </message>
    <message>
      <source>Follow up on this dossier</source>
      <translation>Assurer le suivi de ce dossier</translation>
    </message>
    <message>
      <source>Record the intake…</source>
      <translation>Enregistrer l'accueil…</translation>
    </message>
    <message>
      <source>Refer to the PAPS…</source>
      <translation>Orienter vers le CPAP…</translation>
    </message>
    <message>
      <source>Record the aftercare…</source>
      <translation>Consigner le suivi…</translation>
    </message>
    <message>
      <source>Open the dossier</source>
      <translation>Ouvrir le dossier</translation>
    </message>
    <message>
      <source>Pseudonym</source>
      <translation>Pseudonyme</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <source>To do</source>
      <translation>À faire</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>Action</translation>
    </message>
    <message numerus="yes">
      <source>Open for %n day(s), since %1</source>
      <translation>
        <numerusform>Ouvert depuis %n jour, depuis le %1</numerusform>
        <numerusform>Ouvert depuis %n jours, depuis le %1</numerusform>
      </translation>
    </message>
    <message>
      <source>for information</source>
      <translation>pour information</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>Échéance</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>Source</translation>
    </message>
    <message>
      <source>now</source>
      <translation>maintenant</translation>
    </message>
    <message>
      <source>%1 (overdue)</source>
      <translation>%1 (en retard)</translation>
    </message>
    <message>
      <source>your setting</source>
      <translation>votre réglage</translation>
    </message>
  </context>
  <context>
    <name>DuePanel</name>
    <message>
      <source>To do</source>
      <translation>À faire</translation>
    </message>
    <message>
      <source>Organisation shown</source>
      <translation>Organisation affichée</translation>
    </message>
    <message>
      <source> days</source>
      <translation> jours</translation>
    </message>
    <message>
      <source>Mention dossiers open longer than this number of days</source>
      <translation>Signaler les dossiers ouverts depuis plus de ce nombre de jours</translation>
    </message>
    <message>
      <source>Mention dossiers open &amp;longer than:</source>
      <translation>Signaler les dossiers ouverts &amp;depuis plus de :</translation>
    </message>
    <message>
      <source>Bold: a rule that applies (the source says which); red: its date has passed; grey: for information.</source>
      <translation>Gras : une règle qui s'applique (la source dit laquelle) ; rouge : sa date est dépassée ; gris : pour information.</translation>
    </message>
    <message numerus="yes">
      <source>To do: %n item(s)</source>
      <translation>
        <numerusform>À faire : %n élément</numerusform>
        <numerusform>À faire : %n éléments</numerusform>
      </translation>
    </message>
    <message>
      <source>Do it</source>
      <translation>Exécuter</translation>
    </message>
    <message>
      <source>Do the selected item: %1</source>
      <translation>Exécuter l'élément choisi : %1</translation>
    </message>
    <message>
      <source>Due items</source>
      <translation>À faire</translation>
    </message>
  </context>
  <context>
    <name>FormDialog</name>
    <message>
      <source>— not recorded —</source>
      <translation>— non enregistré —</translation>
    </message>
    <message>
      <source>Problems</source>
      <translation>Problèmes</translation>
    </message>
    <message>
      <source>Save (Ctrl+S or Ctrl+Enter, also from a notes field)</source>
      <translation>Enregistrer (Ctrl+S ou Ctrl+Entrée, aussi depuis un champ de notes)</translation>
    </message>
    <message>
      <source>Unsaved changes</source>
      <translation>Modifications non enregistrées</translation>
    </message>
    <message>
      <source>A draft you had not saved was restored.</source>
      <translation>Un brouillon non enregistré a été restauré.</translation>
    </message>
    <message>
      <source>Draft kept in the vault at %1.</source>
      <translation>Brouillon conservé dans le coffre-fort à %1.</translation>
    </message>
    <message>
      <source>Keep what you typed as a draft in the vault? It comes back the next time you open this form.</source>
      <translation>Conserver ce que vous avez saisi comme brouillon dans le coffre-fort ? Il réapparaîtra à la prochaine ouverture de ce formulaire.</translation>
    </message>
  </context>
  <context>
    <name>InspectionView</name>
    <message>
      <source>Register of facts by third parties — inspection</source>
      <translation>Registre des faits de tiers — consultation</translation>
    </message>
    <message>
      <source>Period from</source>
      <translation>Période du</translation>
    </message>
    <message>
      <source>Period until</source>
      <translation>Période jusqu'au</translation>
    </message>
    <message>
      <source>Register entries</source>
      <translation>Inscriptions au registre</translation>
    </message>
    <message>
      <source>Close (Esc)</source>
      <translation>Fermer (Échap)</translation>
    </message>
    <message>
      <source>&amp;From:</source>
      <translation>&amp;Du :</translation>
    </message>
    <message>
      <source>&amp;until:</source>
      <translation>&amp;au :</translation>
    </message>
    <message>
      <source>Register of facts by third parties</source>
      <translation>Registre des faits de tiers</translation>
    </message>
    <message numerus="yes">
      <source>%n entry(ies) registered in this period.</source>
      <translation>
        <numerusform>%n inscription enregistrée pendant cette période.</numerusform>
        <numerusform>%n inscriptions enregistrées pendant cette période.</numerusform>
      </translation>
    </message>
    <message>
      <source>Registered on</source>
      <translation>Enregistré le</translation>
    </message>
    <message>
      <source>Facts</source>
      <translation>Faits</translation>
    </message>
    <message>
      <source>Type(s)</source>
      <translation>Type(s)</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>Lieu</translation>
    </message>
    <message>
      <source>Third party</source>
      <translation>Tiers</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Description</translation>
    </message>
    <message>
      <source>Worker</source>
      <translation>Travailleur</translation>
    </message>
    <message>
      <source>Preventive measures considered</source>
      <translation>Mesures de prévention envisagées</translation>
    </message>
    <message>
      <source>Follow-up</source>
      <translation>Suivi</translation>
    </message>
    <message>
      <source>(not recorded: no consent)</source>
      <translation>(non enregistré : pas de consentement)</translation>
    </message>
    <message>
      <source>No. %1</source>
      <translation>N° %1</translation>
    </message>
  </context>
  <context>
    <name>IntakeDialog</name>
    <message>
      <source>New intake</source>
      <translation>Nouvelle demande</translation>
    </message>
    <message>
      <source>Edit intake</source>
      <translation>Modifier l'accueil</translation>
    </message>
    <message>
      <source>Not heard yet: hear the requester by %1 (10 calendar days after the request).</source>
      <translation>Pas encore entendu : entendez le demandeur au plus tard le %1 (10 jours calendrier après la demande).</translation>
    </message>
    <message>
      <source>Heard within the 10 calendar days (deadline %1). Untick "Heard" if the intake has not taken place yet.</source>
      <translation>Entendu dans les 10 jours calendrier (échéance %1). Décochez « Entendu » si l'accueil n'a pas encore eu lieu.</translation>
    </message>
    <message>
      <source>Heard after the 10-day deadline (%1).</source>
      <translation>Entendu après le délai de 10 jours (%1).</translation>
    </message>
    <message>
      <source>Support by the prevention adviser psychosocial aspects (PAPS) is mandatory for unwanted sexual behaviour, cases involving a department head or senior official, and group problems.</source>
      <translation>L'appui du conseiller en prévention aspects psychosociaux (CPAP) est obligatoire pour le comportement sexuel indésirable, les cas impliquant un chef de service ou un membre de la ligne hiérarchique, et les problèmes de groupe.</translation>
    </message>
    <message>
      <source>Involve the PAPS and tick "The PAPS is involved".</source>
      <translation>Impliquez le CPAP et cochez « Le CPAP est impliqué ».</translation>
    </message>
    <message>
      <source>Unsaved intake</source>
      <translation>Demande non enregistrée</translation>
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
      <translation>Date de la demande</translation>
    </message>
    <message>
      <source>&amp;Heard (intake) on</source>
      <translation>&amp;Entendu (accueil) le</translation>
    </message>
    <message>
      <source>The requester was heard</source>
      <translation>Le demandeur a été entendu</translation>
    </message>
    <message>
      <source>Intake date</source>
      <translation>Date de l'accueil</translation>
    </message>
    <message>
      <source>Channel</source>
      <translation>Canal</translation>
    </message>
    <message>
      <source>Pseudonym or code</source>
      <translation>Pseudonyme ou code</translation>
    </message>
    <message>
      <source>Real name (optional, kept only in the vault)</source>
      <translation>Vrai nom (facultatif, conservé uniquement dans le coffre-fort)</translation>
    </message>
    <message>
      <source>optional</source>
      <translation>facultatif</translation>
    </message>
    <message>
      <source>Show</source>
      <translation>Afficher</translation>
    </message>
    <message>
      <source>Show the real name</source>
      <translation>Afficher le vrai nom</translation>
    </message>
    <message>
      <source>Gender (for counts only)</source>
      <translation>Genre (uniquement pour les comptages)</translation>
    </message>
    <message>
      <source>Age band (for counts only)</source>
      <translation>Tranche d'âge (uniquement pour les comptages)</translation>
    </message>
    <message>
      <source>Role (for counts only)</source>
      <translation>Fonction (uniquement pour les comptages)</translation>
    </message>
    <message>
      <source>Sphere</source>
      <translation>Sphère</translation>
    </message>
    <message>
      <source>Relation of the other party</source>
      <translation>Lien de l'autre partie</translation>
    </message>
    <message>
      <source>Who asks: the requester's position</source>
      <translation>Qui demande : la position du demandeur</translation>
    </message>
    <message>
      <source>Themes (Space ticks a theme)</source>
      <translation>Thèmes (Espace coche un thème)</translation>
    </message>
    <message>
      <source>Risk domains (Space ticks a domain)</source>
      <translation>Domaines de risque (Espace coche un domaine)</translation>
    </message>
    <message>
      <source>A department head or &amp;senior official is involved</source>
      <translation>Un chef de service ou un membre de la &amp;ligne hiérarchique est impliqué</translation>
    </message>
    <message>
      <source>&amp;Group problem</source>
      <translation>Problème de g&amp;roupe</translation>
    </message>
    <message>
      <source>The requester considers a &amp;formal request</source>
      <translation>Le demandeur envisage une demande &amp;formelle</translation>
    </message>
    <message>
      <source>Risk do&amp;mains:</source>
      <translation>Do&amp;maines de risque :</translation>
    </message>
    <message>
      <source>Reminder</source>
      <translation>Rappel</translation>
    </message>
    <message>
      <source>Intake notes</source>
      <translation>Notes de l'accueil</translation>
    </message>
    <message>
      <source>What the requester told you, agreements made …</source>
      <translation>Ce que le demandeur vous a dit, les accords pris …</translation>
    </message>
    <message>
      <source>&amp;Intake notes:</source>
      <translation>Note&amp;s :</translation>
    </message>
    <message>
      <source>&amp;Organisation:</source>
      <translation>&amp;Organisation :</translation>
    </message>
    <message>
      <source>&amp;Request received on:</source>
      <translation>&amp;Demande reçue le :</translation>
    </message>
    <message>
      <source>&amp;Channel:</source>
      <translation>&amp;Canal :</translation>
    </message>
    <message>
      <source>&amp;Who asks:</source>
      <translation>&amp;Qui demande :</translation>
    </message>
    <message>
      <source>Pse&amp;udonym:</source>
      <translation>Pse&amp;udonyme :</translation>
    </message>
    <message>
      <source>Real &amp;name:</source>
      <translation>&amp;Vrai nom :</translation>
    </message>
    <message>
      <source>S&amp;phere:</source>
      <translation>Sp&amp;hère :</translation>
    </message>
    <message>
      <source>The PAPS is in&amp;volved</source>
      <translation>Le C&amp;PAP est impliqué</translation>
    </message>
    <message>
      <source>Other part&amp;y:</source>
      <translation>&amp;Autre partie :</translation>
    </message>
    <message>
      <source>Gen&amp;der:</source>
      <translation>Ge&amp;nre :</translation>
    </message>
    <message>
      <source>&amp;Age band:</source>
      <translation>Tranche d'â&amp;ge :</translation>
    </message>
    <message>
      <source>Ro&amp;le:</source>
      <translation>Fonct&amp;ion :</translation>
    </message>
    <message>
      <source>&amp;Themes:</source>
      <translation>&amp;Thèmes :</translation>
    </message>
    <message>
      <source>Hide</source>
      <translation>Masquer</translation>
    </message>
  </context>
  <context>
    <name>InterventionDialog</name>
    <message>
      <source>New intervention</source>
      <translation>Nouvelle intervention</translation>
    </message>
    <message>
      <source>Edit intervention</source>
      <translation>Modifier l'intervention</translation>
    </message>
    <message>
      <source>Date of the intervention</source>
      <translation>Date de l'intervention</translation>
    </message>
    <message>
      <source>Type of intervention</source>
      <translation>Type d'intervention</translation>
    </message>
    <message>
      <source>The &amp;other party agreed to the reconciliation</source>
      <translation>L'&amp;autre partie a accepté la conciliation</translation>
    </message>
    <message>
      <source>The other party agreed</source>
      <translation>L'autre partie a accepté</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <source>&amp;Date:</source>
      <translation>&amp;Date :</translation>
    </message>
    <message>
      <source>&amp;Type:</source>
      <translation>&amp;Type :</translation>
    </message>
    <message>
      <source>Consent:</source>
      <translation>Consentement :</translation>
    </message>
    <message>
      <source>&amp;Notes:</source>
      <translation>&amp;Notes :</translation>
    </message>
    <message>
      <source>Unsaved intervention</source>
      <translation>Intervention non enregistrée</translation>
    </message>
  </context>
  <context>
    <name>Keychain</name>
    <message>
      <source>Windows Credential Locker</source>
      <translation>le Gestionnaire d'identification Windows</translation>
    </message>
    <message>
      <source>macOS Keychain</source>
      <translation>le trousseau macOS</translation>
    </message>
    <message>
      <source>the desktop keyring (Secret Service)</source>
      <translation>le trousseau du bureau (Secret Service)</translation>
    </message>
    <message>
      <source>KWallet</source>
      <translation>KWallet</translation>
    </message>
    <message>
      <source>No keychain was found on this computer.</source>
      <translation>Aucun trousseau n'a été trouvé sur cet ordinateur.</translation>
    </message>
    <message>
      <source>The keychain is switched off on this computer.</source>
      <translation>Le trousseau est désactivé sur cet ordinateur.</translation>
    </message>
    <message>
      <source>The only keychain found ({name}) does not encrypt what it keeps; VP Desk will not use it.</source>
      <translation>Le seul trousseau trouvé ({name}) ne chiffre pas ce qu'il garde ; VP Desk ne l'utilisera pas.</translation>
    </message>
    <message>
      <source>The keychain did not answer (it may be locked or closed).</source>
      <translation>Le trousseau n'a pas répondu (il est peut-être verrouillé ou fermé).</translation>
    </message>
  </context>
  <context>
    <name>LockView</name>
    <message>
      <source>Something went wrong ({kind}). Nothing was changed.</source>
      <translation>Un problème est survenu ({kind}). Rien n'a été modifié.</translation>
    </message>
    <message>
      <source>This passphrase is too easy to guess: %s</source>
      <translation>Cette phrase secrète est trop facile à deviner : %s</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Fichier</translation>
    </message>
    <message>
      <source>&amp;Dossier</source>
      <translation>&amp;Dossier</translation>
    </message>
    <message>
      <source>&amp;Tools</source>
      <translation>&amp;Outils</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>&amp;Affichage</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>A&amp;ide</translation>
    </message>
    <message>
      <source>New &amp;organisation…</source>
      <translation>Nouvelle &amp;organisation…</translation>
    </message>
    <message>
      <source>&amp;Edit organisation…</source>
      <translation>&amp;Modifier l'organisation…</translation>
    </message>
    <message>
      <source>&amp;Lock</source>
      <translation>&amp;Verrouiller</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Quitter</translation>
    </message>
    <message>
      <source>&amp;Find…</source>
      <translation>&amp;Rechercher…</translation>
    </message>
    <message>
      <source>&amp;Language</source>
      <translation>&amp;Langue</translation>
    </message>
    <message>
      <source>&amp;Go to</source>
      <translation>&amp;Aller à</translation>
    </message>
    <message>
      <source>&amp;Keyboard shortcuts</source>
      <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
      <source>&amp;About VP Desk</source>
      <translation>À &amp;propos de VP Desk</translation>
    </message>
    <message>
      <source>Open a vault</source>
      <translation>Ouvrir un coffre-fort</translation>
    </message>
    <message>
      <source>VP Desk vault (*%s);;All files (*)</source>
      <translation>Coffre-fort VP Desk (*%s);;Tous les fichiers (*)</translation>
    </message>
    <message>
      <source>The vault was updated to the current format; a copy of the old file was kept beside it.</source>
      <translation>Le coffre-fort a été mis à jour au format actuel ; une copie de l'ancien fichier a été conservée à côté.</translation>
    </message>
    <message>
      <source>Changes lost in a crash</source>
      <translation>Modifications perdues lors d'un plantage</translation>
    </message>
    <message>
      <source>VP Desk was stopped before it could finish saving, and the last change(s) made before that could not be read back; they are not in the vault. Check your most recent work.</source>
      <translation>VP Desk a été arrêté avant d'avoir fini d'enregistrer, et la ou les dernières modifications faites avant n'ont pas pu être relues ; elles ne sont pas dans le coffre. Vérifiez votre travail le plus récent.</translation>
    </message>
    <message>
      <source>The vault is damaged</source>
      <translation>Le coffre est endommagé</translation>
    </message>
    <message>
      <source>VP Desk found damage in the vault file (a page that no longer matches its checksum). To protect what is still readable, nothing more will be saved to it. Restore a backup (File → Restore from backup…); you can still read and note down what you need first.</source>
      <translation>VP Desk a trouvé un dommage dans le fichier du coffre (une page qui ne correspond plus à sa somme de contrôle). Pour protéger ce qui est encore lisible, plus rien n'y sera enregistré. Restaurez une sauvegarde (Fichier → Restaurer depuis une sauvegarde…) ; vous pouvez d'abord encore lire et noter ce dont vous avez besoin.</translation>
    </message>
    <message>
      <source>Edit organisation</source>
      <translation>Modifier l'organisation</translation>
    </message>
    <message>
      <source>Choose an organisation in the list at the top first.</source>
      <translation>Choisissez d'abord une organisation dans la liste en haut.</translation>
    </message>
    <message>
      <source>Keyboard shortcuts</source>
      <translation>Raccourcis clavier</translation>
    </message>
    <message>
      <source>&lt;h3&gt;VP Desk %1&lt;/h3&gt;&lt;p&gt;Encrypted case notes and anonymous yearly reports for confidential counsellors at work. Works offline; nothing leaves this computer except the reports you export.&lt;/p&gt;&lt;p&gt;Licence: Apache 2.0. Built with Qt for Python (LGPL-3.0), SQLCipher (BSD), ReportLab (BSD), keyring (MIT), platformdirs (MIT), DejaVu fonts (Bitstream Vera licence).&lt;/p&gt;</source>
      <translation>&lt;h3&gt;VP Desk %1&lt;/h3&gt;&lt;p&gt;Notes de dossiers chiffrées et rapports annuels anonymes pour les personnes de confiance au travail. Fonctionne hors ligne ; rien ne quitte cet ordinateur sauf les rapports que vous exportez.&lt;/p&gt;&lt;p&gt;Licence : Apache 2.0. Réalisé avec Qt for Python (LGPL-3.0), SQLCipher (BSD), ReportLab (BSD), keyring (MIT), platformdirs (MIT), polices DejaVu (licence Bitstream Vera).&lt;/p&gt;</translation>
    </message>
    <message>
      <source>About VP Desk</source>
      <translation>À propos de VP Desk</translation>
    </message>
    <message>
      <source>Yearly &amp;report…</source>
      <translation>&amp;Rapport annuel…</translation>
    </message>
  </context>
  <context>
    <name>Navigation</name>
    <message>
      <source>To do</source>
      <translation>À faire</translation>
    </message>
    <message>
      <source>Register</source>
      <translation>Registre</translation>
    </message>
    <message>
      <source>My role</source>
      <translation>Mon rôle</translation>
    </message>
    <message>
      <source>Reports</source>
      <translation>Rapports annuels</translation>
    </message>
    <message>
      <source>Signals</source>
      <translation>Signaux</translation>
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
      <translation>Statut</translation>
    </message>
    <message>
      <source>Due by</source>
      <translation>Échéance</translation>
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
      <translation>Formation de base terminée ({hours} h).</translation>
    </message>
    <message>
      <source>Intervisie {year}: {hours} h of at least 7 h (one day) — missed.</source>
      <translation>Intervision {year} : {hours} h sur au moins 7 h (un jour) — manqué.</translation>
    </message>
    <message>
      <source>Intervisie {year}: {hours} h of at least 7 h (one day, often two half days).</source>
      <translation>Intervision {year} : {hours} h sur au moins 7 h (un jour, souvent deux demi-journées).</translation>
    </message>
    <message>
      <source>Extra training {year}: {hours} h; one day (7 h) a year is recommended.</source>
      <translation>Formation complémentaire {year} : {hours} h ; un jour (7 h) par an est recommandé.</translation>
    </message>
    <message>
      <source>Basic course for confidential advisers (LVV registration): {hours} h recorded.</source>
      <translation>Formation de base de personne de confiance (enregistrement LVV) : {hours} h enregistrées.</translation>
    </message>
    <message>
      <source>Further training {year} (bij- en nascholing, LVV registration): {hours} h.</source>
      <translation>Formation continue {year} (bij- en nascholing, enregistrement LVV) : {hours} h.</translation>
    </message>
    <message>
      <source>Appointment date not recorded: enter it with Edit organisation, so the deadline of the basic training can be shown. Basic training so far: {hours} h of {need} h.</source>
      <translation>Date de désignation non enregistrée : saisissez-la via Modifier l'organisation, afin d'afficher l'échéance de la formation de base. Formation de base jusqu'ici : {hours} h sur {need} h.</translation>
    </message>
    <message>
      <source>Basic training ({need} h) to complete by {due}, 2 years after the appointment of {appointed}: {hours} h done.</source>
      <translation>Formation de base ({need} h) à terminer pour le {due}, 2 ans après la désignation du {appointed} : {hours} h faites.</translation>
    </message>
    <message>
      <source>Consultation with the prevention adviser: last on {last}; next by {due}.</source>
      <translation>Concertation avec le conseiller en prévention : dernière le {last} ; prochaine pour le {due}.</translation>
    </message>
    <message>
      <source>No consultation with the prevention adviser in the past 12 months.</source>
      <translation>Aucune concertation avec le conseiller en prévention au cours des 12 derniers mois.</translation>
    </message>
    <message>
      <source>Proof of attendance filed for every training entry ({count}).</source>
      <translation>Attestation de participation classée pour chaque formation ({count}).</translation>
    </message>
    <message>
      <source>Certificates filed for every training and intervisie entry ({count}).</source>
      <translation>Attestations classées pour chaque formation et intervision ({count}).</translation>
    </message>
    <message>
      <source>No proof of attendance filed yet for training on {dates} ({count} in all; LVV registration): select the entry under My activities and press Proof filed.</source>
      <translation>Aucune attestation de participation classée pour la formation du {dates} ({count} au total ; enregistrement LVV) : sélectionnez la ligne sous Mes activités et appuyez sur Attestation classée.</translation>
    </message>
    <message>
      <source>No certificate filed yet for training or intervisie on {dates} ({count} in all): select the entry under My activities and press Certificate filed.</source>
      <translation>Aucune attestation classée pour la formation ou l'intervision du {dates} ({count} au total) : sélectionnez la ligne sous Mes activités et appuyez sur Attestation classée.</translation>
    </message>
    <message>
      <source>Prevention work {year} (information sessions, risk analysis, working group): {hours} h.</source>
      <translation>Travail de prévention {year} (séances d'information, analyse des risques, groupe de travail) : {hours} h.</translation>
    </message>
    <message>
      <source>No registered dossier in {first}–{this} (last year with a dossier: {last}). Three years without requests is worth a conversation with the employer: do workers know you are there?</source>
      <translation>Aucun dossier enregistré en {first}–{this} (dernière année avec un dossier : {last}). Trois ans sans demande méritent une discussion avec l'employeur : les travailleurs savent-ils que vous êtes là ?</translation>
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
      <translation>Nouvelle organisation</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <source>Jurisdiction</source>
      <translation>Juridiction</translation>
    </message>
    <message>
      <source>Language of the report</source>
      <translation>Langue du rapport</translation>
    </message>
    <message>
      <source>I was appointed on</source>
      <translation>J'ai été désigné(e) le</translation>
    </message>
    <message>
      <source>Appointment date</source>
      <translation>Date de désignation</translation>
    </message>
    <message>
      <source>Retention after closure</source>
      <translation>Conservation après clôture</translation>
    </message>
    <message>
      <source>Reporting year starts in</source>
      <translation>L'année de rapport commence en</translation>
    </message>
    <message>
      <source>Reports were exported for this organisation: its reporting year can no longer move.</source>
      <translation>Des rapports ont déjà été exportés pour cette organisation : son année de rapport ne peut plus être déplacée.</translation>
    </message>
    <message>
      <source>Rules applied to this organisation</source>
      <translation>Règles appliquées à cette organisation</translation>
    </message>
    <message>
      <source>Steps of the crisis procedure, one per line</source>
      <translation>Étapes de la procédure de crise, une par ligne</translation>
    </message>
    <message>
      <source>For example: whom to call in the organisation, the number of the %1 or the %2, who stays with the person …</source>
      <translation>Par exemple : qui appeler dans l'organisation, le numéro du %1 ou du %2, qui reste auprès de la personne …</translation>
    </message>
    <message>
      <source>Archived (hidden from the organisation list)</source>
      <translation>Archivée (masquée dans la liste des organisations)</translation>
    </message>
    <message>
      <source>&amp;Name:</source>
      <translation>&amp;Nom :</translation>
    </message>
    <message>
      <source>&amp;Jurisdiction:</source>
      <translation>&amp;Juridiction :</translation>
    </message>
    <message>
      <source>&amp;Language:</source>
      <translation>&amp;Langue :</translation>
    </message>
    <message>
      <source>&amp;Retention after closure:</source>
      <translation>&amp;Conservation après clôture :</translation>
    </message>
    <message>
      <source>Reporting year &amp;starts in:</source>
      <translation>Année de rapport &amp;débute en :</translation>
    </message>
    <message>
      <source>When a suicide-related theme is chosen, the dossier shows a card with the national help lines and these steps of the organisation's crisis procedure, one step per line. Nothing is sent or dialled.</source>
      <translation>Lorsqu'un thème lié au suicide est choisi, le dossier affiche une carte avec les lignes d'aide nationales et ces étapes de la procédure de crise de l'organisation, une étape par ligne. Rien n'est envoyé ni composé.</translation>
    </message>
    <message>
      <source>S&amp;teps of the crisis procedure:</source>
      <translation>É&amp;tapes de la procédure de crise :</translation>
    </message>
    <message>
      <source>&amp;Organisation</source>
      <translation>&amp;Organisation</translation>
    </message>
    <message>
      <source>R&amp;ules</source>
      <translation>&amp;Règles</translation>
    </message>
    <message>
      <source>&amp;Crisis procedure</source>
      <translation>Procédure de cr&amp;ise</translation>
    </message>
    <message>
      <source>%1 (law)</source>
      <translation>%1 (loi)</translation>
    </message>
    <message>
      <source>Source: %1</source>
      <translation>Source : %1</translation>
    </message>
  </context>
  <context>
    <name>PaperDocuments</name>
    <message>
      <source>Reminder: no signed request for an informal psychosocial intervention is recorded for %1. Every type the worker chooses needs one, dated and signed by the worker and you, with a copy for the worker.</source>
      <translation>Rappel : aucune demande d'intervention psychosociale informelle signée n'est enregistrée pour %1. Chaque type choisi par le travailleur en demande une, datée et signée par le travailleur et vous, avec une copie pour le travailleur.</translation>
    </message>
    <message>
      <source>Request for an informal psychosocial intervention</source>
      <translation>Demande d'intervention psychosociale informelle</translation>
    </message>
    <message>
      <source>Document confirming the personal interview</source>
      <translation>Document confirmant l'entretien personnel</translation>
    </message>
  </context>
  <context>
    <name>PaperDocumentsDialog</name>
    <message>
      <source>Paper documents — %1</source>
      <translation>Documents papier — %1</translation>
    </message>
    <message>
      <source>Signed paper documents</source>
      <translation>Documents papier signés</translation>
    </message>
    <message>
      <source>Document</source>
      <translation>Document</translation>
    </message>
    <message>
      <source>Intervention type chosen on the form</source>
      <translation>Type d'intervention choisi sur le formulaire</translation>
    </message>
    <message>
      <source>Signed on</source>
      <translation>Signé le</translation>
    </message>
    <message>
      <source>Signed by the worker and me; copy given to the worker</source>
      <translation>Signé par le travailleur et moi ; copie remise au travailleur</translation>
    </message>
    <message>
      <source>Copy given to the worker</source>
      <translation>Copie remise au travailleur</translation>
    </message>
    <message>
      <source>De&amp;lete selected record</source>
      <translation>&amp;Supprimer l'enregistrement sélectionné</translation>
    </message>
    <message>
      <source>&amp;Record signed document</source>
      <translation>&amp;Enregistrer le document signé</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Fermer</translation>
    </message>
    <message>
      <source>These documents are signed on paper and kept on paper. Here you record that each was completed and signed, and when. Blank forms: Tools → Blank forms.</source>
      <translation>Ces documents sont signés et conservés sur papier. Vous notez ici que chacun a été rempli et signé, et quand. Formulaires vierges : Outils → Formulaires vierges.</translation>
    </message>
    <message>
      <source>&amp;Document:</source>
      <translation>&amp;Document :</translation>
    </message>
    <message>
      <source>Intervention &amp;type:</source>
      <translation>&amp;Type d'intervention :</translation>
    </message>
    <message>
      <source>&amp;Signed on:</source>
      <translation>Si&amp;gné le :</translation>
    </message>
    <message>
      <source>These Belgian documents do not apply to a Dutch organisation.</source>
      <translation>Ces documents belges ne s'appliquent pas à une organisation néerlandaise.</translation>
    </message>
    <message>
      <source>Paper documents</source>
      <translation>Documents papier</translation>
    </message>
    <message>
      <source>Delete this record? (The paper itself is not affected.)</source>
      <translation>Supprimer cet enregistrement ? (Le document papier lui-même n'est pas concerné.)</translation>
    </message>
  </context>
  <context>
    <name>PaperModel</name>
    <message>
      <source>Signed on</source>
      <translation>Signé le</translation>
    </message>
    <message>
      <source>Document</source>
      <translation>Document</translation>
    </message>
    <message>
      <source>Intervention type</source>
      <translation>Type d'intervention</translation>
    </message>
    <message>
      <source>Copy to the worker</source>
      <translation>Copie au travailleur</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>oui</translation>
    </message>
    <message>
      <source>no</source>
      <translation>non</translation>
    </message>
  </context>
  <context>
    <name>Passphrase</name>
    <message>
      <source>use at least 10 characters (a short sentence is best)</source>
      <translation>utilisez au moins 10 caractères (une courte phrase est idéale)</translation>
    </message>
    <message>
      <source>it repeats the same word; use different, unrelated words</source>
      <translation>elle répète le même mot ; utilisez des mots différents, sans rapport entre eux</translation>
    </message>
    <message>
      <source>it follows the keyboard (such as qwerty, azerty or 1qaz2wsx); use unrelated words</source>
      <translation>elle suit le clavier (comme qwerty, azerty ou 1qaz2wsx) ; utilisez des mots sans lien entre eux</translation>
    </message>
    <message>
      <source>it leans on a year or a date; add unrelated words instead</source>
      <translation>elle repose sur une année ou une date ; ajoutez plutôt des mots sans lien entre eux</translation>
    </message>
    <message>
      <source>it contains a run such as abcd or 1234; use unrelated words</source>
      <translation>elle contient une suite comme abcd ou 1234 ; utilisez des mots sans lien entre eux</translation>
    </message>
    <message>
      <source>it is a common word or name with look-alike digits or symbols (P@ssw0rd); those fool nobody</source>
      <translation>c'est un mot ou un nom courant avec des chiffres ou symboles qui ressemblent aux lettres (P@ssw0rd) ; cela ne trompe personne</translation>
    </message>
    <message>
      <source>it is on the lists of well-known passwords attackers try first</source>
      <translation>elle figure sur les listes de mots de passe connus que les attaquants essaient en premier</translation>
    </message>
    <message>
      <source>it is too short to be safe; four or more unrelated words are best</source>
      <translation>elle est trop courte pour être sûre ; quatre mots ou plus sans lien entre eux, c'est le mieux</translation>
    </message>
    <message>
      <source>it is a well-known phrase or saying; add unrelated words</source>
      <translation>elle est une phrase ou une expression connue ; ajoutez des mots sans lien avec elle</translation>
    </message>
    <message>
      <source>it is made of common words, names or places; add unrelated words</source>
      <translation>elle est faite de mots, de prénoms ou de lieux courants ; ajoutez des mots sans lien entre eux</translation>
    </message>
    <message>
      <source>a passphrase can have at most {n} characters</source>
      <translation>une phrase secrète peut compter au plus {n} caractères</translation>
    </message>
    <message>
      <source>very weak</source>
      <translation>très faible</translation>
    </message>
    <message>
      <source>weak</source>
      <translation>faible</translation>
    </message>
    <message>
      <source>fair</source>
      <translation>moyenne</translation>
    </message>
    <message>
      <source>strong</source>
      <translation>forte</translation>
    </message>
    <message>
      <source>very strong</source>
      <translation>très forte</translation>
    </message>
  </context>
  <context>
    <name>ReferralDialog</name>
    <message>
      <source>New referral</source>
      <translation>Nouvelle orientation</translation>
    </message>
    <message>
      <source>Edit referral</source>
      <translation>Modifier l'orientation</translation>
    </message>
    <message>
      <source>Date of the referral</source>
      <translation>Date de l'orientation</translation>
    </message>
    <message>
      <source>Referred to</source>
      <translation>Orienté vers</translation>
    </message>
    <message>
      <source>Because of a &amp;formal request</source>
      <translation>En raison d'une demande &amp;formelle</translation>
    </message>
    <message>
      <source>The referral is about a formal request</source>
      <translation>L'orientation concerne une demande formelle</translation>
    </message>
    <message>
      <source>The requester considers a formal request: in Belgium such a requester is always referred to the prevention adviser psychosocial aspects (PAPS).</source>
      <translation>Le demandeur envisage une demande formelle : en Belgique, il est toujours orienté vers le conseiller en prévention aspects psychosociaux (CPAP).</translation>
    </message>
    <message>
      <source>Outcome of the referral</source>
      <translation>Résultat de l'orientation</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <source>&amp;Date:</source>
      <translation>&amp;Date :</translation>
    </message>
    <message>
      <source>&amp;Referred to:</source>
      <translation>&amp;Orienté vers :</translation>
    </message>
    <message>
      <source>Who contacts:</source>
      <translation>Qui prend contact :</translation>
    </message>
    <message>
      <source>Consent:</source>
      <translation>Consentement :</translation>
    </message>
    <message>
      <source>O&amp;utcome:</source>
      <translation>Rés&amp;ultat :</translation>
    </message>
    <message>
      <source>&amp;Notes:</source>
      <translation>&amp;Notes :</translation>
    </message>
    <message>
      <source>&amp;Advice: the requester contacts the destination alone (no consent needed)</source>
      <translation>Con&amp;seil : le demandeur prend contact lui-même (pas d'accord nécessaire)</translation>
    </message>
    <message>
      <source>Advice only: the requester acts alone</source>
      <translation>Conseil seulement : le demandeur agit seul</translation>
    </message>
    <message>
      <source>I &amp;contact or inform the destination (the requester's consent is needed)</source>
      <translation>Je &amp;contacte ou j'informe le destinataire (accord du demandeur nécessaire)</translation>
    </message>
    <message>
      <source>I contact or inform the destination</source>
      <translation>Je contacte ou j'informe le destinataire</translation>
    </message>
    <message>
      <source>No consent needed: the requester contacts the destination alone. The referral is still recorded in the timeline.</source>
      <translation>Pas d'accord nécessaire : le demandeur prend contact lui-même. L'orientation figure quand même dans la chronologie.</translation>
    </message>
  </context>
  <context>
    <name>RegisterEntryDialog</name>
    <message>
      <source>Register entry no. %1</source>
      <translation>Inscription au registre n° %1</translation>
    </message>
    <message>
      <source>New register entry</source>
      <translation>Nouvelle inscription au registre</translation>
    </message>
    <message>
      <source>(next number: %1)</source>
      <translation>(numéro suivant : %1)</translation>
    </message>
    <message>
      <source>Registration date</source>
      <translation>Date d'enregistrement</translation>
    </message>
    <message>
      <source>Facts from</source>
      <translation>Faits à partir du</translation>
    </message>
    <message>
      <source>until</source>
      <translation>jusqu'au</translation>
    </message>
    <message>
      <source>Facts lasted several days</source>
      <translation>Faits sur plusieurs jours</translation>
    </message>
    <message>
      <source>Facts until</source>
      <translation>Faits jusqu'au</translation>
    </message>
    <message>
      <source>Type(s) of facts</source>
      <translation>Type(s) de faits</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>Lieu</translation>
    </message>
    <message>
      <source>Capacity of the third party</source>
      <translation>Qualité du tiers</translation>
    </message>
    <message>
      <source>Description of the facts</source>
      <translation>Description des faits</translation>
    </message>
    <message>
      <source>The worker consents to having their identity recorded</source>
      <translation>Le travailleur consent à ce que son identité soit mentionnée</translation>
    </message>
    <message>
      <source>Worker's consent</source>
      <translation>Consentement du travailleur</translation>
    </message>
    <message>
      <source>Worker's identity</source>
      <translation>Identité du travailleur</translation>
    </message>
    <message>
      <source>only with the worker's consent</source>
      <translation>uniquement avec le consentement du travailleur</translation>
    </message>
    <message>
      <source>Preventive measures considered</source>
      <translation>Mesures de prévention envisagées</translation>
    </message>
    <message>
      <source>Follow-up</source>
      <translation>Suivi</translation>
    </message>
    <message>
      <source>Number:</source>
      <translation>Numéro :</translation>
    </message>
    <message>
      <source>&amp;Registered on:</source>
      <translation>&amp;Enregistré le :</translation>
    </message>
    <message>
      <source>&amp;Facts on:</source>
      <translation>&amp;Faits le :</translation>
    </message>
    <message>
      <source>&amp;Type(s):</source>
      <translation>&amp;Type(s) :</translation>
    </message>
    <message>
      <source>&amp;Place:</source>
      <translation>&amp;Lieu :</translation>
    </message>
    <message>
      <source>T&amp;hird party:</source>
      <translation>T&amp;iers :</translation>
    </message>
    <message>
      <source>&amp;Description:</source>
      <translation>&amp;Description :</translation>
    </message>
    <message>
      <source>&amp;Worker:</source>
      <translation>T&amp;ravailleur :</translation>
    </message>
    <message>
      <source>&amp;Measures considered:</source>
      <translation>&amp;Mesures envisagées :</translation>
    </message>
    <message>
      <source>F&amp;ollow-up:</source>
      <translation>S&amp;uivi :</translation>
    </message>
    <message>
      <source>Expires:</source>
      <translation>Expire le :</translation>
    </message>
    <message>
      <source>%1 (kept 5 years from registration, then erased)</source>
      <translation>%1 (conservé 5 ans à partir de l'enregistrement, puis effacé)</translation>
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
      <translation>Sélectionnez d'abord un dossier dans la liste.</translation>
    </message>
    <message>
      <source>Re&amp;gister of third-party facts…</source>
      <translation>Re&amp;gistre des faits de tiers…</translation>
    </message>
    <message>
      <source>&amp;My role…</source>
      <translation>&amp;Mon rôle…</translation>
    </message>
    <message>
      <source>Due for &amp;erasure…</source>
      <translation>À &amp;effacer…</translation>
    </message>
    <message>
      <source>&amp;Blank forms…</source>
      <translation>&amp;Formulaires vierges…</translation>
    </message>
    <message>
      <source>&amp;Paper documents…</source>
      <translation>Documents &amp;papier…</translation>
    </message>
    <message>
      <source>&amp;Access view…</source>
      <translation>Vue d'&amp;accès…</translation>
    </message>
    <message>
      <source>Signals and &amp;advice…</source>
      <translation>&amp;Signaux et avis…</translation>
    </message>
  </context>
  <context>
    <name>RegisterTableModel</name>
    <message>
      <source>No.</source>
      <translation>N°</translation>
    </message>
    <message>
      <source>Registered</source>
      <translation>Enregistré</translation>
    </message>
    <message>
      <source>Facts</source>
      <translation>Faits</translation>
    </message>
    <message>
      <source>Type(s)</source>
      <translation>Type(s)</translation>
    </message>
    <message>
      <source>Third party</source>
      <translation>Tiers</translation>
    </message>
    <message>
      <source>Expires</source>
      <translation>Expire</translation>
    </message>
  </context>
  <context>
    <name>RegisterWindow</name>
    <message>
      <source>Register of facts by third parties</source>
      <translation>Registre des faits de tiers</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <source>Register entries</source>
      <translation>Inscriptions au registre</translation>
    </message>
    <message>
      <source>Each entry gets the next number; numbers are never changed. Only the last entry can be deleted (to correct a mistake), so the numbering has no gaps. Entries are kept 5 years from registration and then erased (Tools → Due for erasure). The register is shown on screen only, never exported.</source>
      <translation>Chaque inscription reçoit le numéro suivant ; les numéros ne changent jamais. Seule la dernière inscription peut être supprimée (pour corriger une erreur), afin que la numérotation reste sans trou. Les inscriptions sont conservées 5 ans à partir de l'enregistrement, puis effacées (Outils → À effacer). Le registre est montré à l'écran uniquement, jamais exporté.</translation>
    </message>
    <message>
      <source>The register exists for Belgian organisations only; there is none in this vault.</source>
      <translation>Le registre n'existe que pour les organisations belges ; ce coffre n'en contient aucune.</translation>
    </message>
    <message>
      <source>&amp;New entry…</source>
      <translation>&amp;Nouvelle inscription…</translation>
    </message>
    <message>
      <source>Register status</source>
      <translation>État du registre</translation>
    </message>
    <message>
      <source>&amp;Edit…</source>
      <translation>&amp;Modifier…</translation>
    </message>
    <message>
      <source>&amp;Delete last entry…</source>
      <translation>&amp;Supprimer la dernière inscription…</translation>
    </message>
    <message>
      <source>&amp;Inspection view…</source>
      <translation>Vue de &amp;consultation…</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Fermer</translation>
    </message>
    <message>
      <source>&amp;Organisation:</source>
      <translation>&amp;Organisation :</translation>
    </message>
    <message>
      <source>No entries yet for this organisation. Choose New entry (Alt+N) when a worker reports violence, harassment or unwanted sexual behaviour by a third party (a client, patient, pupil, supplier…).</source>
      <translation>Aucune inscription pour cette organisation. Choisissez Nouvelle inscription (Alt+N) lorsqu'un travailleur signale des violences, du harcèlement ou un comportement sexuel non désiré de la part d'un tiers (client, patient, élève, fournisseur…).</translation>
    </message>
    <message>
      <source>Delete register entry</source>
      <translation>Supprimer l'inscription au registre</translation>
    </message>
    <message>
      <source>Delete entry no. %1? Only the last entry can be deleted, to correct a mistake; the next entry will get its number again.</source>
      <translation>Supprimer l'inscription n° %1 ? Seule la dernière inscription peut être supprimée, pour corriger une erreur ; l'inscription suivante reprendra son numéro.</translation>
    </message>
  </context>
  <context>
    <name>ReportWindow</name>
    <message>
      <source>Whole table hidden: its counts are too small to stay anonymous.</source>
      <translation>Tableau entier masqué : ses nombres sont trop petits pour rester anonymes.</translation>
    </message>
    <message>
      <source>Yearly report</source>
      <translation>Rapport annuel</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <source>Why values are hidden</source>
      <translation>Pourquoi des valeurs sont masquées</translation>
    </message>
    <message>
      <source>%1: a count from 1 to %2.</source>
      <translation>%1 : un nombre de 1 à %2.</translation>
    </message>
    <message>
      <source>%1: hidden beside a small count of the same table, so that the small one cannot be worked out (a count of %2 or more).</source>
      <translation>%1 : masqué à côté d'un petit nombre du même tableau, pour que celui-ci ne puisse pas être déduit (un nombre de %2 ou plus).</translation>
    </message>
    <message>
      <source>%1: left out, it could not be protected otherwise.</source>
      <translation>%1 : omis, impossible de le protéger autrement.</translation>
    </message>
    <message>
      <source>%1: hidden so that the report does not show that (nearly) all requesters share one category.</source>
      <translation>%1 : masqué pour que le rapport ne montre pas que (presque) tous les demandeurs partagent une même catégorie.</translation>
    </message>
    <message>
      <source>%1: hidden so that %2 cannot be worked out, also not together with earlier reports.</source>
      <translation>%1 : masqué pour que %2 ne puisse pas être déduit, même avec les rapports précédents.</translation>
    </message>
    <message>
      <source>Reporting year</source>
      <translation>Année de rapport</translation>
    </message>
    <message>
      <source>this year only</source>
      <translation>cette année seulement</translation>
    </message>
    <message>
      <source> years</source>
      <translation> ans</translation>
    </message>
    <message>
      <source>Summary over several reporting years</source>
      <translation>Synthèse sur plusieurs années de rapport</translation>
    </message>
    <message>
      <source>&amp;Corrected edition</source>
      <translation>Édition &amp;corrigée</translation>
    </message>
    <message>
      <source>Make a corrected edition of a released period</source>
      <translation>Faire une édition corrigée d'une période déjà publiée</translation>
    </message>
    <message>
      <source>Smallest count shown</source>
      <translation>Plus petit nombre affiché</translation>
    </message>
    <message>
      <source>Show my name on the report:</source>
      <translation>Indiquer mon nom sur le rapport :</translation>
    </message>
    <message>
      <source>Your name</source>
      <translation>Votre nom</translation>
    </message>
    <message>
      <source>gender</source>
      <translation>genre</translation>
    </message>
    <message>
      <source>age band</source>
      <translation>tranche d'âge</translation>
    </message>
    <message>
      <source>role</source>
      <translation>fonction</translation>
    </message>
    <message>
      <source>Preview of the report</source>
      <translation>Aperçu du rapport</translation>
    </message>
    <message>
      <source>&amp;Export PDF…</source>
      <translation>&amp;Exporter en PDF…</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Fermer</translation>
    </message>
    <message>
      <source>&amp;Organisation:</source>
      <translation>&amp;Organisation :</translation>
    </message>
    <message>
      <source>&amp;Year:</source>
      <translation>&amp;Année :</translation>
    </message>
    <message>
      <source>Fewer than %1 new requests in this period: the report says only “&lt;%1 requests” and shows your own activity.</source>
      <translation>Moins de %1 nouvelles demandes pendant cette période : le rapport indique seulement « &lt;%1 demandes » et montre vos propres activités.</translation>
    </message>
    <message>
      <source>This period was exported before: the same figures are issued again, so that comparing the two versions shows nothing.</source>
      <translation>Cette période a déjà été exportée : les mêmes chiffres sont réédités, de sorte que comparer les deux versions ne révèle rien.</translation>
    </message>
    <message>
      <source>The vault now holds other figures for this period (%1). Tick “Corrected edition” to issue them, if that is safe.</source>
      <translation>Le coffre contient maintenant d'autres chiffres pour cette période (%1). Cochez « Édition corrigée » pour les publier, si c'est sans risque.</translation>
    </message>
    <message>
      <source>Corrected edition: these values change compared with the earlier export: %1.</source>
      <translation>Édition corrigée : ces valeurs changent par rapport à l'export précédent : %1.</translation>
    </message>
    <message>
      <source>Rewrite the words listed under the signals and recommendations text first: they could identify someone.</source>
      <translation>Réécrivez d'abord les mots listés sous le texte des signaux et recommandations : ils pourraient permettre d'identifier quelqu'un.</translation>
    </message>
    <message>
      <source>This PDF will leave the vault: it holds the anonymous counts shown in the preview, the organisation's name and the period — nothing else. Export it?</source>
      <translation>Ce PDF quittera le coffre : il contient les nombres anonymes de l'aperçu, le nom de l'organisation et la période — rien d'autre. L'exporter ?</translation>
    </message>
    <message>
      <source>Breakdowns (off by default, one-dimensional):</source>
      <translation>Ventilations (désactivées par défaut, une seule dimension) :</translation>
    </message>
    <message>
      <source>Su&amp;mmary over:</source>
      <translation>Sy&amp;nthèse sur :</translation>
    </message>
    <message>
      <source>&amp;Smallest count shown:</source>
      <translation>&amp;Plus petit nombre affiché :</translation>
    </message>
    <message>
      <source>There is no organisation yet.</source>
      <translation>Il n'y a pas encore d'organisation.</translation>
    </message>
    <message numerus="yes">
      <source>%n value(s) hidden (marked ▨). Counts from 1 to %2 are shown as “&lt;%3”; a value shown “x” is hidden so that no small number can be worked out from this report together with every report exported before for this organisation.</source>
      <translation>
        <numerusform>%n valeur masquée (marquée ▨). Les nombres de 1 à %2 sont affichés « &lt;%3 » ; une valeur « x » est masquée pour qu'aucun petit nombre ne puisse être déduit de ce rapport combiné à tous les rapports exportés auparavant pour cette organisation.</numerusform>
        <numerusform>%n valeurs masquées (marquées ▨). Les nombres de 1 à %2 sont affichés « &lt;%3 » ; une valeur « x » est masquée pour qu'aucun petit nombre ne puisse être déduit de ce rapport combiné à tous les rapports exportés auparavant pour cette organisation.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Reports exported earlier already let a reader work out %n small number(s); that cannot be undone.</source>
      <translation>
        <numerusform>Les rapports exportés auparavant permettent déjà de déduire %n petit nombre ; on ne peut pas revenir en arrière.</numerusform>
        <numerusform>Les rapports exportés auparavant permettent déjà de déduire %n petits nombres ; on ne peut pas revenir en arrière.</numerusform>
      </translation>
    </message>
    <message>
      <source>Export the yearly report</source>
      <translation>Exporter le rapport annuel</translation>
    </message>
    <message>
      <source>Save the yearly report</source>
      <translation>Enregistrer le rapport annuel</translation>
    </message>
    <message>
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <source>&amp;Open</source>
      <translation>&amp;Ouvrir</translation>
    </message>
    <message>
      <source>&amp;Show in folder</source>
      <translation>Afficher dans le &amp;dossier</translation>
    </message>
    <message>
      <source>The PDF could not be written: %1</source>
      <translation>Le PDF n'a pas pu être écrit : %1</translation>
    </message>
    <message>
      <source>The yearly report was saved as %1.</source>
      <translation>Le rapport annuel a été enregistré sous %1.</translation>
    </message>
  </context>
  <context>
    <name>RestoreDialog</name>
    <message>
      <source>Restore from backup</source>
      <translation>Restaurer depuis une sauvegarde</translation>
    </message>
    <message>
      <source>Choose a backup and type the passphrase it was made with. VP Desk checks the backup completely before anything is replaced; the current vault is kept beside it as a “.before-restore” copy.</source>
      <translation>Choisissez une sauvegarde et tapez la phrase secrète avec laquelle elle a été faite. VP Desk vérifie entièrement la sauvegarde avant de remplacer quoi que ce soit ; le coffre-fort actuel est gardé à côté comme copie « .before-restore ».</translation>
    </message>
    <message>
      <source>Backup file</source>
      <translation>Fichier de sauvegarde</translation>
    </message>
    <message>
      <source>&amp;Browse…</source>
      <translation>&amp;Parcourir…</translation>
    </message>
    <message>
      <source>Passphrase of the backup</source>
      <translation>Phrase secrète de la sauvegarde</translation>
    </message>
    <message>
      <source>&amp;Check backup</source>
      <translation>&amp;Vérifier la sauvegarde</translation>
    </message>
    <message>
      <source>Check result</source>
      <translation>Résultat de la vérification</translation>
    </message>
    <message>
      <source>&amp;Restore</source>
      <translation>&amp;Restaurer</translation>
    </message>
    <message>
      <source>&amp;Backup:</source>
      <translation>&amp;Sauvegarde :</translation>
    </message>
    <message>
      <source>&amp;Passphrase:</source>
      <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
      <source>Choose a backup</source>
      <translation>Choisissez une sauvegarde</translation>
    </message>
    <message>
      <source>VP Desk vault (*%s);;All files (*)</source>
      <translation>Coffre-fort VP Desk (*%s);;Tous les fichiers (*)</translation>
    </message>
    <message>
      <source>Choose a backup and type its passphrase.</source>
      <translation>Choisissez une sauvegarde et tapez sa phrase secrète.</translation>
    </message>
    <message>
      <source>Checking the backup…</source>
      <translation>Vérification de la sauvegarde…</translation>
    </message>
    <message>
      <source>The backup is complete and undamaged: %1 in %2.</source>
      <translation>La sauvegarde est complète et intacte : %1 dans %2.</translation>
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
      <translation>Clôturé le {closed} ; à effacer depuis le {delete_by}. Le rapport annuel {year} a été exporté : le dossier a donc été compté.</translation>
    </message>
    <message>
      <source>Closed on {closed}; to be erased since {delete_by}. You confirmed it may be erased although the yearly report for {year} was not exported.</source>
      <translation>Clôturé le {closed} ; à effacer depuis le {delete_by}. Vous avez confirmé qu'il peut être effacé bien que le rapport annuel {year} n'ait pas été exporté.</translation>
    </message>
    <message>
      <source>Held back: to be erased since {delete_by}, but the yearly report for {year} was not exported yet, so it would be missing from that report. Export the report, or confirm erasure.</source>
      <translation>Retenu : à effacer depuis le {delete_by}, mais le rapport annuel {year} n'a pas encore été exporté ; il manquerait donc dans ce rapport. Exportez le rapport ou confirmez l'effacement.</translation>
    </message>
    <message>
      <source>Register entry no. {seq}, recorded on {registered}: kept {years} years, expired on {delete_by}.</source>
      <translation>Inscription au registre n° {seq}, enregistrée le {registered} : conservée {years} ans, expirée le {delete_by}.</translation>
    </message>
    <message>
      <source>Signal or advice of {day}; to be erased since {delete_by}. The yearly report for {year} was exported, so it has been counted.</source>
      <translation>Signal ou avis du {day} ; à effacer depuis le {delete_by}. Le rapport annuel {year} a été exporté, il a donc été compté.</translation>
    </message>
    <message>
      <source>Held back: this signal or advice of {day} is to be erased since {delete_by}, but the yearly report for {year} was not exported yet, so it would be missing from that report. Export that report first.</source>
      <translation>Retenu : ce signal ou avis du {day} est à effacer depuis le {delete_by}, mais le rapport annuel {year} n'a pas encore été exporté ; il manquerait donc dans ce rapport. Exportez d'abord ce rapport.</translation>
    </message>
  </context>
  <context>
    <name>RetentionModel</name>
    <message>
      <source>State</source>
      <translation>État</translation>
    </message>
    <message>
      <source>Record</source>
      <translation>Enregistrement</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <source>Pseudonym, no. or date</source>
      <translation>Pseudonyme, n° ou date</translation>
    </message>
    <message>
      <source>Delete by</source>
      <translation>À effacer le</translation>
    </message>
    <message>
      <source>Why</source>
      <translation>Pourquoi</translation>
    </message>
    <message>
      <source>%1, to %2</source>
      <translation>%1, à %2</translation>
    </message>
    <message>
      <source>Ready to erase</source>
      <translation>Prêt à effacer</translation>
    </message>
    <message>
      <source>Held back</source>
      <translation>Retenu</translation>
    </message>
    <message>
      <source>Kept for %1 years</source>
      <translation>Conservé %1 ans</translation>
    </message>
    <message>
      <source>Waiting for the %1 report</source>
      <translation>En attente du rapport %1</translation>
    </message>
    <message>
      <source>Erasure confirmed</source>
      <translation>Effacement confirmé</translation>
    </message>
    <message>
      <source>Counted in the %1 report</source>
      <translation>Compté dans le rapport %1</translation>
    </message>
  </context>
  <context>
    <name>RetentionSpin</name>
    <message>
      <source> years</source>
      <translation> ans</translation>
    </message>
    <message numerus="yes">
      <source>profile default (%n year(s))</source>
      <translation>
        <numerusform>valeur par défaut du profil (%n an)</numerusform>
        <numerusform>valeur par défaut du profil (%n ans)</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>RetentionWindow</name>
    <message>
      <source>Register entry</source>
      <translation>Inscription au registre</translation>
    </message>
    <message>
      <source>Signal or advice</source>
      <translation>Signal ou avis</translation>
    </message>
    <message>
      <source>Dossier</source>
      <translation>Dossier</translation>
    </message>
    <message>
      <source>Due for erasure</source>
      <translation>À effacer</translation>
    </message>
    <message>
      <source>Records past their delete-by date</source>
      <translation>Données ayant dépassé leur date d'effacement</translation>
    </message>
    <message>
      <source>Why</source>
      <translation>Pourquoi</translation>
    </message>
    <message>
      <source>Dossiers are erased a number of years after closure (the organisation's retention period), register entries 5 years after registration. A dossier is held back until the yearly report covering its closure was exported, so that report can count it — unless you confirm erasure. Erasure is final: the records are removed from the vault file and its search index; the log below keeps only counts and dates.</source>
      <translation>Les dossiers sont effacés un certain nombre d'années après leur clôture (délai de conservation de l'organisation), les inscriptions au registre 5 ans après leur enregistrement. Un dossier est retenu jusqu'à l'export du rapport annuel couvrant sa clôture, afin que ce rapport le compte — sauf si vous confirmez l'effacement. L'effacement est définitif : les données sont retirées du fichier du coffre et de son index de recherche ; le journal ci-dessous ne garde que des nombres et des dates.</translation>
    </message>
    <message>
      <source>Signals and advice are kept as long as a dossier, counted from their date, and held back until the yearly report of that date was exported.</source>
      <translation>Les signaux et avis sont conservés aussi longtemps qu'un dossier, à compter de leur date, et retenus jusqu'à l'export du rapport annuel couvrant cette date.</translation>
    </message>
    <message>
      <source>Deletion log</source>
      <translation>Journal des effacements</translation>
    </message>
    <message>
      <source>&amp;Confirm erasure of the selected held-back dossiers…</source>
      <translation>&amp;Confirmer l'effacement des dossiers retenus sélectionnés…</translation>
    </message>
    <message>
      <source>&amp;Erase everything that is due…</source>
      <translation>&amp;Effacer tout ce qui est dû…</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Fermer</translation>
    </message>
    <message>
      <source>Deletion log (counts and dates only)</source>
      <translation>Journal des effacements (nombres et dates uniquement)</translation>
    </message>
    <message>
      <source>%1, %2.</source>
      <translation>%1, %2.</translation>
    </message>
    <message numerus="yes">
      <source>%n record(s) due for erasure</source>
      <translation>
        <numerusform>%n donnée à effacer</numerusform>
        <numerusform>%n données à effacer</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n held back</source>
      <translation>
        <numerusform>%n retenue</numerusform>
        <numerusform>%n retenues</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>The yearly report covering these %n dossier(s) was not exported. If you erase them now, a report exported later will not count them. Allow their erasure anyway?</source>
      <translation>
        <numerusform>Le rapport annuel couvrant ce dossier n’a pas été exporté. Si vous l’effacez maintenant, un rapport exporté plus tard ne le comptera pas. Autoriser quand même son effacement ?</numerusform>
        <numerusform>Le rapport annuel couvrant ces %n dossiers n’a pas été exporté. Si vous les effacez maintenant, un rapport exporté plus tard ne les comptera pas. Autoriser quand même leur effacement ?</numerusform>
      </translation>
    </message>
    <message>
      <source>Erase %1 for good? Their texts are removed from the vault file and its search index; this cannot be undone (older backups still hold them until they are replaced).</source>
      <translation>Effacer définitivement %1 ? Leurs textes sont retirés du fichier du coffre et de son index de recherche ; c'est irréversible (les anciennes sauvegardes les contiennent encore jusqu'à leur remplacement).</translation>
    </message>
    <message>
      <source>Erased: %1.</source>
      <translation>Effacé : %1.</translation>
    </message>
    <message numerus="yes">
      <source>%n signal(s) or piece(s) of advice</source>
      <translation>
        <numerusform>%n signal ou avis</numerusform>
        <numerusform>%n signaux ou avis</numerusform>
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
        <numerusform>%n inscription au registre</numerusform>
        <numerusform>%n inscriptions au registre</numerusform>
      </translation>
    </message>
    <message>
      <source>Nothing was erased yet.</source>
      <translation>Rien n'a encore été effacé.</translation>
    </message>
    <message>
      <source>Erased on</source>
      <translation>Effacé le</translation>
    </message>
    <message>
      <source>Record</source>
      <translation>Enregistrement</translation>
    </message>
    <message>
      <source>Count</source>
      <translation>Nombre</translation>
    </message>
    <message>
      <source>Dates covered</source>
      <translation>Dates concernées</translation>
    </message>
    <message>
      <source>Confirm erasure</source>
      <translation>Confirmer l'effacement</translation>
    </message>
    <message>
      <source>Select one or more held-back dossiers first.</source>
      <translation>Sélectionnez d'abord un ou plusieurs dossiers retenus.</translation>
    </message>
    <message>
      <source>Erase for good</source>
      <translation>Effacer définitivement</translation>
    </message>
  </context>
  <context>
    <name>RoleWindow</name>
    <message>
      <source>Completed</source>
      <translation>Accompli</translation>
    </message>
    <message>
      <source>To do</source>
      <translation>À faire</translation>
    </message>
    <message>
      <source>Overdue</source>
      <translation>En retard</translation>
    </message>
    <message>
      <source>Recommended</source>
      <translation>Recommandé</translation>
    </message>
    <message>
      <source>For the report</source>
      <translation>Pour le rapport</translation>
    </message>
    <message>
      <source>Attention</source>
      <translation>Attention</translation>
    </message>
    <message>
      <source>My role</source>
      <translation>Mon rôle</translation>
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
      <translation>Activités propres</translation>
    </message>
    <message>
      <source>Dossiers per year</source>
      <translation>Dossiers par an</translation>
    </message>
    <message>
      <source>&amp;Add activity…</source>
      <translation>&amp;Ajouter une activité…</translation>
    </message>
    <message>
      <source>&amp;Edit…</source>
      <translation>&amp;Modifier…</translation>
    </message>
    <message>
      <source>De&amp;lete</source>
      <translation>&amp;Supprimer</translation>
    </message>
    <message>
      <source>Certificate &amp;filed</source>
      <translation>Attestation &amp;classée</translation>
    </message>
    <message>
      <source>Record that the certificate of the selected activity was filed today</source>
      <translation>Enregistrer que l'attestation de l'activité sélectionnée a été classée aujourd'hui</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Fermer</translation>
    </message>
    <message>
      <source>&amp;Organisation:</source>
      <translation>&amp;Organisation :</translation>
    </message>
    <message>
      <source>What is due</source>
      <translation>Ce qui est à faire</translation>
    </message>
    <message>
      <source>My activities (they feed the yearly report)</source>
      <translation>Mes activités (elles alimentent le rapport annuel)</translation>
    </message>
    <message>
      <source>Proof &amp;filed</source>
      <translation>Attestation &amp;classée</translation>
    </message>
    <message>
      <source>There is no organisation yet.</source>
      <translation>Il n'y a pas encore d'organisation.</translation>
    </message>
    <message>
      <source>Appointed on %1</source>
      <translation>Désigné le %1</translation>
    </message>
    <message>
      <source>Appointment date not recorded</source>
      <translation>Date de désignation non enregistrée</translation>
    </message>
    <message numerus="yes">
      <source>%n item(s) need attention.</source>
      <translation>
        <numerusform>%n point demande de l'attention.</numerusform>
        <numerusform>%n points demandent de l'attention.</numerusform>
      </translation>
    </message>
    <message>
      <source>Nothing is overdue.</source>
      <translation>Rien n'est en retard.</translation>
    </message>
    <message>
      <source>Certificate</source>
      <translation>Attestation</translation>
    </message>
    <message>
      <source>Delete activity</source>
      <translation>Supprimer l'activité</translation>
    </message>
    <message>
      <source>Delete this activity?</source>
      <translation>Supprimer cette activité ?</translation>
    </message>
  </context>
  <context>
    <name>SecurityController</name>
    <message>
      <source>&amp;Back up to…</source>
      <translation>&amp;Sauvegarder vers…</translation>
    </message>
    <message>
      <source>&amp;Restore from backup…</source>
      <translation>&amp;Restaurer depuis une sauvegarde…</translation>
    </message>
    <message>
      <source>Change &amp;passphrase…</source>
      <translation>Changer la &amp;phrase secrète…</translation>
    </message>
    <message>
      <source>&amp;Settings…</source>
      <translation>&amp;Paramètres…</translation>
    </message>
    <message>
      <source>&amp;Remember on this computer</source>
      <translation>&amp;Retenir sur cet ordinateur</translation>
    </message>
    <message>
      <source>Remember the passphrase in the keychain</source>
      <translation>Retenir la phrase secrète dans le trousseau</translation>
    </message>
    <message>
      <source>Unlock with the &amp;keychain</source>
      <translation>Déverrouiller avec le &amp;trousseau</translation>
    </message>
    <message>
      <source>Unlock with the passphrase kept in the keychain</source>
      <translation>Déverrouiller avec la phrase secrète gardée dans le trousseau</translation>
    </message>
    <message>
      <source>Keeps the passphrase in %s</source>
      <translation>Garde la phrase secrète dans %s</translation>
    </message>
    <message>
      <source>The keychain holds no passphrase for this vault (it may be locked). Type the passphrase.</source>
      <translation>Le trousseau ne contient pas de phrase secrète pour ce coffre-fort (il est peut-être verrouillé). Tapez la phrase secrète.</translation>
    </message>
    <message>
      <source>The passphrase is now kept in the keychain.</source>
      <translation>La phrase secrète est maintenant gardée dans le trousseau.</translation>
    </message>
    <message>
      <source>Keychain</source>
      <translation>Trousseau</translation>
    </message>
    <message>
      <source>Automatic backup</source>
      <translation>Sauvegarde automatique</translation>
    </message>
    <message>
      <source>The automatic backup could not be made: %s</source>
      <translation>La sauvegarde automatique n'a pas pu être faite : %s</translation>
    </message>
    <message>
      <source>Back up to which folder (e.g. a USB stick)?</source>
      <translation>Sauvegarder dans quel dossier (p. ex. une clé USB) ?</translation>
    </message>
    <message>
      <source>Making a verified backup…</source>
      <translation>Création d'une sauvegarde vérifiée…</translation>
    </message>
    <message>
      <source>Backup made</source>
      <translation>Sauvegarde faite</translation>
    </message>
    <message>
      <source>A verified, encrypted backup was written to:
%s

It opens with the passphrase the vault has now.</source>
      <translation>Une sauvegarde chiffrée et vérifiée a été écrite dans :
%s

Elle s'ouvre avec la phrase secrète actuelle du coffre-fort.</translation>
    </message>
    <message>
      <source>Not done</source>
      <translation>Non effectué</translation>
    </message>
    <message>
      <source>Restore from backup</source>
      <translation>Restaurer depuis une sauvegarde</translation>
    </message>
    <message>
      <source>Replace the vault
%1
with the checked backup? The current vault is kept beside it as “.before-restore”. The vault will then open with the backup's passphrase.</source>
      <translation>Remplacer le coffre-fort
%1
par la sauvegarde vérifiée ? Le coffre-fort actuel est gardé à côté comme « .before-restore ». Le coffre-fort s'ouvrira ensuite avec la phrase secrète de la sauvegarde.</translation>
    </message>
    <message>
      <source>Restoring…</source>
      <translation>Restauration…</translation>
    </message>
    <message>
      <source>The backup was restored. Unlock it with the backup's passphrase.</source>
      <translation>La sauvegarde a été restaurée. Déverrouillez avec la phrase secrète de la sauvegarde.</translation>
    </message>
    <message>
      <source>The keychain still remembers the previous passphrase and did not let VP Desk remove it (it may be locked). Untick “Remember” in Settings once the keychain is unlocked.</source>
      <translation>Le trousseau garde encore l'ancienne phrase secrète et n'a pas laissé VP Desk la supprimer (il est peut-être verrouillé). Décochez « Mémoriser » dans les Paramètres une fois le trousseau déverrouillé.</translation>
    </message>
    <message>
      <source>The previous vault was kept as:
%s</source>
      <translation>L'ancien coffre-fort a été gardé sous :
%s</translation>
    </message>
    <message>
      <source>Change passphrase</source>
      <translation>Changer la phrase secrète</translation>
    </message>
    <message>
      <source>The passphrase was changed. Use the new one from now on; older backups keep the old one.</source>
      <translation>La phrase secrète a été changée. Utilisez désormais la nouvelle ; les anciennes sauvegardes gardent l'ancienne.</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <source>Settings</source>
      <translation>Paramètres</translation>
    </message>
    <message>
      <source> min</source>
      <translation> min</translation>
    </message>
    <message>
      <source>Lock after minutes without use</source>
      <translation>Verrouiller après ce nombre de minutes sans utilisation</translation>
    </message>
    <message>
      <source>Automatic backups to keep</source>
      <translation>Nombre de sauvegardes automatiques à garder</translation>
    </message>
    <message>
      <source>Remember the passphrase of this vault on this computer</source>
      <translation>Retenir la phrase secrète de ce coffre-fort sur cet ordinateur</translation>
    </message>
    <message>
      <source>Remember the passphrase in the keychain</source>
      <translation>Retenir la phrase secrète dans le trousseau</translation>
    </message>
    <message>
      <source>Passphrase to remember</source>
      <translation>Phrase secrète à retenir</translation>
    </message>
    <message>
      <source>Type the vault's passphrase to remember it</source>
      <translation>Tapez la phrase secrète du coffre-fort pour la retenir</translation>
    </message>
    <message>
      <source>Error message</source>
      <translation>Message d'erreur</translation>
    </message>
    <message>
      <source>Not available: %s</source>
      <translation>Non disponible : %s</translation>
    </message>
    <message>
      <source>Open a vault first.</source>
      <translation>Ouvrez d'abord un coffre-fort.</translation>
    </message>
    <message>
      <source>Kept in %s. Anyone who can log in to this computer as you can then open the vault without typing the passphrase.</source>
      <translation>Gardée dans %s. Toute personne qui peut se connecter à cet ordinateur sous votre nom peut alors ouvrir le coffre-fort sans taper la phrase secrète.</translation>
    </message>
    <message>
      <source>&amp;Lock after no use for:</source>
      <translation>&amp;Verrouiller après inactivité de :</translation>
    </message>
    <message>
      <source>&amp;Automatic backups to keep:</source>
      <translation>Sauvegardes &amp;automatiques à garder :</translation>
    </message>
    <message>
      <source>Backup folder:</source>
      <translation>Dossier des sauvegardes :</translation>
    </message>
    <message>
      <source>This is not the passphrase of the vault.</source>
      <translation>Ce n'est pas la phrase secrète du coffre-fort.</translation>
    </message>
    <message>
      <source>The keychain did not let VP Desk remove the passphrase (it may be locked). Unlock the keychain and try again.</source>
      <translation>Le trousseau n'a pas laissé VP Desk supprimer la phrase secrète (il est peut-être verrouillé). Déverrouillez le trousseau et réessayez.</translation>
    </message>
  </context>
  <context>
    <name>SignalDialog</name>
    <message>
      <source>New signal or advice</source>
      <translation>Nouveau signal ou avis</translation>
    </message>
    <message>
      <source>Edit signal or advice</source>
      <translation>Modifier le signal ou l'avis</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>To whom</source>
      <translation>À qui</translation>
    </message>
    <message>
      <source>&amp;Asked for (unticked: on my own initiative)</source>
      <translation>Sur d&amp;emande (non coché : de ma propre initiative)</translation>
    </message>
    <message>
      <source>Asked for</source>
      <translation>Sur demande</translation>
    </message>
    <message>
      <source>Themes (Space ticks a theme)</source>
      <translation>Thèmes (Espace coche un thème)</translation>
    </message>
    <message>
      <source>My note (stays in the vault)</source>
      <translation>Ma note (reste dans le coffre-fort)</translation>
    </message>
    <message>
      <source>What you signalled or advised; never printed in a report</source>
      <translation>Ce que vous avez signalé ou conseillé ; jamais imprimé dans un rapport</translation>
    </message>
    <message>
      <source>&amp;Date:</source>
      <translation>&amp;Date :</translation>
    </message>
    <message>
      <source>&amp;To:</source>
      <translation>&amp;Destinataire :</translation>
    </message>
    <message>
      <source>T&amp;hemes:</source>
      <translation>T&amp;hèmes :</translation>
    </message>
    <message>
      <source>&amp;Note:</source>
      <translation>&amp;Note :</translation>
    </message>
    <message>
      <source>Unsaved signal</source>
      <translation>Signal non enregistré</translation>
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
      <translation>À</translation>
    </message>
    <message>
      <source>Asked</source>
      <translation>Demandé</translation>
    </message>
    <message>
      <source>Themes</source>
      <translation>Thèmes</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <source>asked</source>
      <translation>sur demande</translation>
    </message>
    <message>
      <source>unasked</source>
      <translation>d'initiative</translation>
    </message>
  </context>
  <context>
    <name>SignalsPanel</name>
    <message>
      <source>the pseudonym of a dossier</source>
      <translation>le pseudonyme d'un dossier</translation>
    </message>
    <message>
      <source>(part of) the real name of a requester</source>
      <translation>(une partie du) vrai nom d'un demandeur</translation>
    </message>
    <message>
      <source>the place of a register entry</source>
      <translation>le lieu d'une inscription au registre</translation>
    </message>
    <message>
      <source>(part of) a worker's identity in the register</source>
      <translation>(une partie de) l'identité d'un travailleur dans le registre</translation>
    </message>
    <message>
      <source>a word of a register description, rare in your notes</source>
      <translation>un mot d'une description du registre, rare dans vos notes</translation>
    </message>
    <message>
      <source>occurs in the notes of fewer than %1 dossiers</source>
      <translation>figure dans les notes de moins de %1 dossiers</translation>
    </message>
    <message>
      <source>“%1”: %2</source>
      <translation>« %1 » : %2</translation>
    </message>
    <message>
      <source>Si&amp;gnals and recommendations (printed in the report; optional):</source>
      <translation>Si&amp;gnaux et recommandations (imprimés dans le rapport ; facultatif) :</translation>
    </message>
    <message>
      <source>Signals and recommendations</source>
      <translation>Signaux et recommandations</translation>
    </message>
    <message>
      <source>General trends and advice for the organisation, without names, pseudonyms or details of cases</source>
      <translation>Tendances générales et conseils pour l'organisation, sans noms, pseudonymes ni détails des dossiers</translation>
    </message>
    <message>
      <source>Signals text check</source>
      <translation>Vérification du texte</translation>
    </message>
    <message>
      <source>Words to rewrite</source>
      <translation>Mots à réécrire</translation>
    </message>
    <message>
      <source>This period was exported before: its signals text is issued again as it was.</source>
      <translation>Cette période a déjà été exportée : son texte de signaux est réédité tel quel.</translation>
    </message>
    <message>
      <source>The text is too long (%1 characters; at most %2).</source>
      <translation>Le texte est trop long (%1 caractères ; au plus %2).</translation>
    </message>
    <message>
      <source>Rewrite these words: they could identify someone. The report cannot be exported while any is left.</source>
      <translation>Réécrivez ces mots : ils pourraient permettre d'identifier quelqu'un. Le rapport ne peut pas être exporté tant qu'il en reste un.</translation>
    </message>
    <message>
      <source>Checked: no identifying words found.</source>
      <translation>Vérifié : aucun mot identifiant trouvé.</translation>
    </message>
  </context>
  <context>
    <name>SignalsWindow</name>
    <message>
      <source>Signals and advice</source>
      <translation>Signaux et avis</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <source>Signals status</source>
      <translation>État des signaux</translation>
    </message>
    <message>
      <source>Signals and advice you gave, asked or on your own initiative, to management, the works council or the prevention adviser. Your notes stay in the vault; the yearly report counts signals per addressee and asked/unasked only.</source>
      <translation>Signaux et avis que vous avez donnés, sur demande ou de votre propre initiative, à la direction, au comité (CPPT, OR) ou au conseiller en prévention. Vos notes restent dans le coffre-fort ; le rapport annuel ne compte que les signaux par destinataire et sur demande ou non.</translation>
    </message>
    <message>
      <source>&amp;New…</source>
      <translation>&amp;Nouveau…</translation>
    </message>
    <message>
      <source>&amp;Edit…</source>
      <translation>&amp;Modifier…</translation>
    </message>
    <message>
      <source>&amp;Delete…</source>
      <translation>&amp;Supprimer…</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Fermer</translation>
    </message>
    <message>
      <source>&amp;Organisation:</source>
      <translation>&amp;Organisation :</translation>
    </message>
    <message>
      <source>There is no organisation yet.</source>
      <translation>Il n'y a pas encore d'organisation.</translation>
    </message>
    <message>
      <source>No signals yet for this organisation. Choose New (Ctrl+N) after you gave advice or signalled a trend.</source>
      <translation>Pas encore de signaux pour cette organisation. Choisissez Nouveau (Ctrl+N) après avoir donné un avis ou signalé une tendance.</translation>
    </message>
    <message>
      <source>Delete signal</source>
      <translation>Supprimer le signal</translation>
    </message>
    <message>
      <source>Delete the signal of %1, with its note? This cannot be undone.</source>
      <translation>Supprimer le signal du %1, avec sa note ? Cette action est irréversible.</translation>
    </message>
  </context>
  <context>
    <name>StrengthMeter</name>
    <message>
      <source>Passphrase strength</source>
      <translation>Robustesse de la phrase secrète</translation>
    </message>
  </context>
  <context>
    <name>TimelineModel</name>
    <message>
      <source>Request</source>
      <translation>Demande</translation>
    </message>
    <message>
      <source>Intake</source>
      <translation>Entretien d'accueil</translation>
    </message>
    <message>
      <source>Consent</source>
      <translation>Consentement</translation>
    </message>
    <message>
      <source>Consent withdrawn</source>
      <translation>Consentement retiré</translation>
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
      <translation>Orientation</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation>Clôturé</translation>
    </message>
    <message>
      <source>Reopened</source>
      <translation>Rouvert</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>What</source>
      <translation>Objet</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>Détails</translation>
    </message>
    <message>
      <source>channel: %1</source>
      <translation>canal : %1</translation>
    </message>
    <message>
      <source>not yet heard</source>
      <translation>pas encore entendu</translation>
    </message>
    <message>
      <source>%1 min</source>
      <translation>%1 min</translation>
    </message>
    <message>
      <source>by the other party</source>
      <translation>par l'autre partie</translation>
    </message>
    <message>
      <source>withdrawn on %1</source>
      <translation>retiré le %1</translation>
    </message>
    <message>
      <source>other party agreed</source>
      <translation>l'autre partie a accepté</translation>
    </message>
    <message>
      <source>contacted by me, with consent</source>
      <translation>contacté par moi, avec accord</translation>
    </message>
    <message>
      <source>advice: the requester goes alone</source>
      <translation>conseil : le demandeur y va seul</translation>
    </message>
    <message>
      <source>formal request</source>
      <translation>demande formelle</translation>
    </message>
  </context>
  <context>
    <name>UnlockView</name>
    <message>
      <source>VP Desk is locked</source>
      <translation>VP Desk est verrouillé</translation>
    </message>
    <message>
      <source>Passphrase</source>
      <translation>Phrase secrète</translation>
    </message>
    <message>
      <source>&amp;Unlock</source>
      <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
      <source>Error message</source>
      <translation>Message d'erreur</translation>
    </message>
    <message>
      <source>Unlocking</source>
      <translation>Déverrouillage en cours</translation>
    </message>
    <message>
      <source>Open another vault…</source>
      <translation>Ouvrir un autre coffre-fort…</translation>
    </message>
    <message>
      <source>Create a new vault…</source>
      <translation>Créer un nouveau coffre-fort…</translation>
    </message>
    <message>
      <source>Please type your passphrase.</source>
      <translation>Saisissez votre phrase secrète.</translation>
    </message>
  </context>
  <context>
    <name>Validation</name>
    <message>
      <source>This text is too long ({length} characters; at most {limit}). Nothing was saved: shorten it and save again.</source>
      <translation>Ce texte est trop long ({length} caractères ; au maximum {limit}). Rien n'a été enregistré : raccourcissez-le et enregistrez à nouveau.</translation>
    </message>
    <message>
      <source>This text contains an invalid control character.</source>
      <translation>Ce texte contient un caractère de contrôle non valide.</translation>
    </message>
    <message>
      <source>Please enter a date.</source>
      <translation>Veuillez saisir une date.</translation>
    </message>
    <message>
      <source>The date lies in the future.</source>
      <translation>La date est dans le futur.</translation>
    </message>
    <message>
      <source>The date lies before the start of the dossier ({start}).</source>
      <translation>La date est antérieure au début du dossier ({start}).</translation>
    </message>
    <message>
      <source>Choose an aftercare date within {years} years.</source>
      <translation>Choisissez une date de suivi dans les {years} ans.</translation>
    </message>
    <message>
      <source>At most {max} steps, one per line.</source>
      <translation>Au plus {max} étapes, une par ligne.</translation>
    </message>
    <message>
      <source>A step is longer than {max} characters: split it over two lines.</source>
      <translation>Une étape dépasse {max} caractères : répartissez-la sur deux lignes.</translation>
    </message>
    <message>
      <source>Please make a choice.</source>
      <translation>Veuillez faire un choix.</translation>
    </message>
    <message>
      <source>The hours must be between 0 and {max}.</source>
      <translation>Le nombre d'heures doit être compris entre 0 et {max}.</translation>
    </message>
    <message>
      <source>The certificate cannot be filed before the activity ({day}).</source>
      <translation>L'attestation ne peut pas être classée avant l'activité ({day}).</translation>
    </message>
    <message>
      <source>The register of facts by third parties exists only for Belgian organisations.</source>
      <translation>Le registre des faits de tiers n'existe que pour les organisations belges.</translation>
    </message>
    <message>
      <source>The registration date cannot lie before that of the previous entry ({date}): numbers follow the order of registration.</source>
      <translation>La date d'enregistrement ne peut précéder celle de l'inscription précédente ({date}) : les numéros suivent l'ordre d'enregistrement.</translation>
    </message>
    <message>
      <source>The registration date cannot lie after that of the next entry ({date}).</source>
      <translation>La date d'enregistrement ne peut suivre celle de l'inscription suivante ({date}).</translation>
    </message>
    <message>
      <source>The facts cannot end before they started ({start}).</source>
      <translation>Les faits ne peuvent pas se terminer avant leur début ({start}).</translation>
    </message>
    <message>
      <source>The facts cannot start after the day they were registered.</source>
      <translation>Les faits ne peuvent commencer après le jour de leur enregistrement.</translation>
    </message>
    <message>
      <source>Choose at least one type.</source>
      <translation>Choisissez au moins un type.</translation>
    </message>
    <message>
      <source>This choice is not valid for the organisation's profile.</source>
      <translation>Ce choix n'est pas valable pour le profil de l'organisation.</translation>
    </message>
    <message>
      <source>The worker's identity may be recorded only with the worker's consent.</source>
      <translation>L'identité du travailleur ne peut être mentionnée qu'avec son consentement.</translation>
    </message>
    <message>
      <source>Please describe the facts.</source>
      <translation>Veuillez décrire les faits.</translation>
    </message>
    <message>
      <source>Please enter a name.</source>
      <translation>Veuillez saisir un nom.</translation>
    </message>
    <message>
      <source>An organisation with this name already exists.</source>
      <translation>Une organisation portant ce nom existe déjà.</translation>
    </message>
    <message>
      <source>Please choose Belgium or the Netherlands.</source>
      <translation>Choisissez la Belgique ou les Pays-Bas.</translation>
    </message>
    <message>
      <source>The retention period must be between 0 and 30 years.</source>
      <translation>La durée de conservation doit être comprise entre 0 et 30 ans.</translation>
    </message>
    <message>
      <source>Please enter a pseudonym or code.</source>
      <translation>Veuillez saisir un pseudonyme ou un code.</translation>
    </message>
    <message>
      <source>Choose at least one theme.</source>
      <translation>Choisissez au moins un thème.</translation>
    </message>
    <message>
      <source>The duration must be between 0 and {max} minutes.</source>
      <translation>La durée doit être comprise entre 0 et {max} minutes.</translation>
    </message>
    <message>
      <source>This intervention involves a third person: it can only be saved once the requester's consent for it is recorded (and not withdrawn) on that date.</source>
      <translation>Cette intervention implique une tierce personne : elle ne peut être enregistrée qu'une fois le consentement du demandeur enregistré (et non retiré) à cette date.</translation>
    </message>
    <message>
      <source>A reconciliation needs the agreement of both parties: record that the other party agreed.</source>
      <translation>Une conciliation requiert l'accord des deux parties : indiquez que l'autre partie a donné son accord.</translation>
    </message>
    <message>
      <source>You contact or inform the destination of this referral: it can only be saved once the requester's consent for a referral is recorded (and not withdrawn) on that date. Advice the requester acts on alone needs no consent.</source>
      <translation>Vous contactez ou informez le destinataire de cette orientation : elle ne peut être enregistrée qu'une fois l'accord du demandeur pour une orientation enregistré (et non retiré) à cette date. Un conseil que le demandeur suit seul ne demande pas d'accord.</translation>
    </message>
    <message>
      <source>This pseudonym is already used in this organisation.</source>
      <translation>Ce pseudonyme est déjà utilisé dans cette organisation.</translation>
    </message>
    <message>
      <source>This dossier is already closed.</source>
      <translation>Ce dossier est déjà clôturé.</translation>
    </message>
    <message>
      <source>This dossier is not closed.</source>
      <translation>Ce dossier n'est pas clôturé.</translation>
    </message>
    <message>
      <source>A dossier cannot be reopened before it was closed ({closed}).</source>
      <translation>Un dossier ne peut pas être rouvert avant sa clôture ({closed}).</translation>
    </message>
    <message>
      <source>The intake, closures and reopenings are the history of the dossier and cannot be deleted.</source>
      <translation>L'accueil, les clôtures et les réouvertures forment l'historique du dossier et ne peuvent pas être supprimés.</translation>
    </message>
    <message>
      <source>This consent is the basis of a recorded intervention or referral and cannot be deleted. Record its withdrawal instead: the history is kept.</source>
      <translation>Ce consentement fonde une intervention ou une orientation enregistrée et ne peut pas être supprimé. Enregistrez plutôt son retrait : l'historique est conservé.</translation>
    </message>
    <message>
      <source>Choose a number of days between 1 and 3650.</source>
      <translation>Choisissez un nombre de jours entre 1 et 3650.</translation>
    </message>
  </context>
  <context>
    <name>VaultError</name>
    <message>
      <source>This passphrase is too easy to guess: {reason}</source>
      <translation>Cette phrase secrète est trop facile à deviner : {reason}</translation>
    </message>
    <message>
      <source>The vault could not be used.</source>
      <translation>Le coffre-fort n'a pas pu être utilisé.</translation>
    </message>
    <message>
      <source>The passphrase is wrong (or the file is not a VP Desk vault). Nothing was changed.</source>
      <translation>La phrase secrète est incorrecte (ou le fichier n'est pas un coffre-fort VP Desk). Rien n'a été modifié.</translation>
    </message>
    <message>
      <source>This file is not a VP Desk vault, or it is damaged. It was left untouched.</source>
      <translation>Ce fichier n'est pas un coffre-fort VP Desk, ou il est endommagé. Il n'a pas été modifié.</translation>
    </message>
    <message>
      <source>This vault is already open in another VP Desk window or program. Close it there first.</source>
      <translation>Ce coffre-fort est déjà ouvert dans une autre fenêtre ou un autre programme VP Desk. Fermez-le d'abord.</translation>
    </message>
    <message>
      <source>This vault was written by a newer version of VP Desk (format {found}; this version reads up to {supported}). Update VP Desk. The vault was left untouched.</source>
      <translation>Ce coffre-fort a été écrit par une version plus récente de VP Desk (format {found} ; cette version lit jusqu'à {supported}). Mettez VP Desk à jour. Le coffre-fort n'a pas été modifié.</translation>
    </message>
    <message>
      <source>A file already exists at this location; choose another name.</source>
      <translation>Un fichier existe déjà à cet emplacement ; choisissez un autre nom.</translation>
    </message>
    <message>
      <source>There is no vault at this location.</source>
      <translation>Il n'y a pas de coffre-fort à cet emplacement.</translation>
    </message>
    <message>
      <source>The disk is full or not writable; the last change was not saved. Free some space and try again.</source>
      <translation>Le disque est plein ou protégé en écriture ; la dernière modification n'a pas été enregistrée. Libérez de l'espace et réessayez.</translation>
    </message>
    <message>
      <source>A passphrase cannot be empty or contain control characters.</source>
      <translation>Une phrase secrète ne peut être vide ni contenir de caractères de contrôle.</translation>
    </message>
    <message>
      <source>The vault file is damaged ({detail}). It was left untouched and nothing more is saved to it. Restore a backup (File → Restore from backup…).</source>
      <translation>Le fichier du coffre est endommagé ({detail}). Il n'a pas été modifié et plus rien n'y est enregistré. Restaurez une sauvegarde (Fichier → Restaurer depuis une sauvegarde…).</translation>
    </message>
    <message>
      <source>The vault's journal file (…-wal, left by a crash) is damaged or belongs to another file: {detail}. The vault was left untouched. Restore a backup (File → Restore from backup…).</source>
      <translation>Le fichier journal du coffre (…-wal, laissé par un plantage) est endommagé ou appartient à un autre fichier : {detail}. Le coffre n'a pas été modifié. Restaurez une sauvegarde (Fichier → Restaurer depuis une sauvegarde…).</translation>
    </message>
    <message>
      <source>The disk holding the vault is full, so it cannot be opened. Free some space and try again. The vault was left untouched.</source>
      <translation>Le disque qui contient le coffre est plein : il ne peut pas être ouvert. Libérez de l'espace et réessayez. Le coffre n'a pas été modifié.</translation>
    </message>
    <message>
      <source>VP Desk is not allowed to read or write this vault or its folder (permission denied). Check the file's owner and permissions. The vault was left untouched.</source>
      <translation>VP Desk n'a pas le droit de lire ou d'écrire ce coffre ou son dossier (permission refusée). Vérifiez le propriétaire et les droits du fichier. Le coffre n'a pas été modifié.</translation>
    </message>
    <message>
      <source>The vault is on a read-only disk or folder, so it cannot be opened for work. Copy it to a writable folder first. It was left untouched.</source>
      <translation>Le coffre se trouve sur un disque ou un dossier en lecture seule : il ne peut pas être ouvert pour travailler. Copiez-le d'abord dans un dossier modifiable. Il n'a pas été modifié.</translation>
    </message>
    <message>
      <source>The disk reported a read or write error (I/O error); it may be failing or was removed. The vault was left untouched. Copy it to another disk, or restore a backup.</source>
      <translation>Le disque a signalé une erreur de lecture ou d'écriture (erreur d'E/S) ; il est peut-être défaillant ou a été retiré. Le coffre n'a pas été modifié. Copiez-le sur un autre disque ou restaurez une sauvegarde.</translation>
    </message>
    <message>
      <source>The passphrase was not changed: the disk is full or not writable (a change rewrites the whole vault and needs about its size in free space). The old passphrase still works and nothing was lost. Free some space and try again.</source>
      <translation>La phrase secrète n'a pas été changée : le disque est plein ou protégé en écriture (un changement réécrit tout le coffre-fort et demande à peu près sa taille en espace libre). L'ancienne phrase secrète fonctionne toujours et rien n'a été perdu. Libérez de l'espace et réessayez.</translation>
    </message>
    <message>
      <source>This record no longer exists.</source>
      <translation>Cet enregistrement n'existe plus.</translation>
    </message>
    <message>
      <source>The backup copy did not pass its check ({detail}); it was removed. The vault itself is unchanged.</source>
      <translation>La copie de sauvegarde n'a pas passé la vérification ({detail}) ; elle a été supprimée. Le coffre-fort lui-même est inchangé.</translation>
    </message>
    <message>
      <source>This backup is damaged ({detail}). It was left untouched; choose another backup.</source>
      <translation>Cette sauvegarde est endommagée ({detail}). Elle n'a pas été modifiée ; choisissez une autre sauvegarde.</translation>
    </message>
    <message>
      <source>The vault cannot be replaced while it is open or has unsaved changes in its journal. Lock it first.</source>
      <translation>Le coffre-fort ne peut pas être remplacé tant qu'il est ouvert ou que son journal contient des modifications non intégrées. Verrouillez-le d'abord.</translation>
    </message>
    <message>
      <source>Only the last entry of the register (no. {last}) can be deleted, to correct a mistake: numbers must stay without gaps. Correct this entry instead; it is erased when it expires.</source>
      <translation>Seule la dernière inscription du registre (n° {last}) peut être supprimée, pour corriger une erreur : la numérotation doit rester sans trou. Corrigez plutôt cette inscription ; elle sera effacée à son expiration.</translation>
    </message>
    <message>
      <source>{start} to {end} is not a reporting period of this organisation. A report covers one whole reporting year (or a summary of 2 to 5 of them), so that no two reports differ by a few people.</source>
      <translation>Du {start} au {end} n'est pas une période de rapport de cette organisation. Un rapport couvre une année de rapport entière (ou une synthèse de 2 à 5 années), afin que deux rapports ne diffèrent jamais de quelques personnes.</translation>
    </message>
    <message>
      <source>The report was not exported: its signals and recommendations text holds words that could identify someone ({count}: {words}). Rewrite them, then export again. Nothing was written.</source>
      <translation>Le rapport n'a pas été exporté : le texte des signaux et recommandations contient des mots qui pourraient permettre d'identifier quelqu'un ({count} : {words}). Réécrivez-les, puis exportez à nouveau. Rien n'a été écrit.</translation>
    </message>
    <message>
      <source>The signals and recommendations text is too long ({length} characters; at most {limit}). Nothing was written.</source>
      <translation>Le texte des signaux et recommandations est trop long ({length} caractères ; au plus {limit}). Rien n'a été écrit.</translation>
    </message>
    <message>
      <source>This report cannot be exported: together with the reports exported before, it would let a reader work out a small number ({what}). Nothing was written.</source>
      <translation>Ce rapport ne peut pas être exporté : combiné aux rapports exportés auparavant, il permettrait de déduire un petit nombre ({what}). Rien n'a été écrit.</translation>
    </message>
    <message>
      <source>The report was not made: the vault holds a category ({key}) that the catalog of this organisation's profile does not know. Correct the record, then export again.</source>
      <translation>Le rapport n'a pas été établi : le coffre contient une catégorie ({key}) inconnue du catalogue du profil de cette organisation. Corrigez l'enregistrement, puis exportez à nouveau.</translation>
    </message>
    <message>
      <source>The passphrase was not changed: the keychain remembers the current one and did not let VP Desk remove it (it may be locked). Unlock the keychain and try again.</source>
      <translation>La phrase secrète n'a pas été changée : le trousseau mémorise l'actuelle et n'a pas laissé VP Desk la supprimer (il est peut-être verrouillé). Déverrouillez le trousseau et réessayez.</translation>
    </message>
    <message>
      <source>The reporting year of this organisation cannot change any more: reports were already exported for it, and a shifted year would let readers subtract one report from another.</source>
      <translation>L'année de rapport de cette organisation ne peut plus changer : des rapports ont déjà été exportés, et une année décalée permettrait de soustraire un rapport d'un autre.</translation>
    </message>
    <message>
      <source>This organisation still has dossiers ({count}). Archive it instead, or erase its dossiers first.</source>
      <translation>Cette organisation a encore des dossiers ({count}). Archivez-la plutôt, ou effacez d'abord ses dossiers.</translation>
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
      <translation>Filtre de statut</translation>
    </message>
    <message>
      <source>All statuses</source>
      <translation>Tous les statuts</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Ouvert</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation>Clôturé</translation>
    </message>
    <message>
      <source>Year filter</source>
      <translation>Filtre d'année</translation>
    </message>
    <message>
      <source>Theme filter</source>
      <translation>Filtre par thème</translation>
    </message>
    <message>
      <source>Search pseudonyms and notes (Ctrl+F)</source>
      <translation>Rechercher dans les pseudonymes et les notes (Ctrl+F)</translation>
    </message>
    <message>
      <source>Search</source>
      <translation>Rechercher</translation>
    </message>
    <message>
      <source>Dossiers</source>
      <translation>Dossiers</translation>
    </message>
    <message>
      <source>Number of dossiers shown</source>
      <translation>Nombre de dossiers affichés</translation>
    </message>
    <message>
      <source>Dossier details</source>
      <translation>Détails du dossier</translation>
    </message>
    <message>
      <source>Select a dossier and press Enter to open it,
or press Ctrl+N to record a new intake.</source>
      <translation>Sélectionnez un dossier et appuyez sur Entrée pour l'ouvrir,
ou appuyez sur Ctrl+N pour un nouvel accueil.</translation>
    </message>
    <message>
      <source>&amp;Organisation:</source>
      <translation>&amp;Organisation :</translation>
    </message>
    <message>
      <source>All organisations</source>
      <translation>Toutes les organisations</translation>
    </message>
    <message>
      <source>All years</source>
      <translation>Toutes les années</translation>
    </message>
    <message>
      <source>All themes</source>
      <translation>Tous les thèmes</translation>
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
      <translation>%1 sur %2 dossiers</translation>
    </message>
  </context>
  <context>
    <name>WelcomeView</name>
    <message>
      <source>Welcome to VP Desk</source>
      <translation>Bienvenue dans VP Desk</translation>
    </message>
    <message>
      <source>VP Desk keeps your notes as a confidant in one encrypted file on this computer: the vault. Nothing is sent anywhere. Create a new vault, or open one you already have.</source>
      <translation>VP Desk conserve vos notes de personne de confiance dans un seul fichier chiffré sur cet ordinateur : le coffre-fort. Rien n'est envoyé nulle part. Créez un nouveau coffre-fort, ou ouvrez-en un que vous avez déjà.</translation>
    </message>
    <message>
      <source>&amp;Create a new vault…</source>
      <translation>&amp;Créer un nouveau coffre-fort…</translation>
    </message>
    <message>
      <source>Create a new vault</source>
      <translation>Créer un nouveau coffre-fort</translation>
    </message>
    <message>
      <source>&amp;Open an existing vault…</source>
      <translation>&amp;Ouvrir un coffre-fort existant…</translation>
    </message>
    <message>
      <source>Open an existing vault</source>
      <translation>Ouvrir un coffre-fort existant</translation>
    </message>
  </context>
  <context>
    <name>m</name>
    <message>
      <source>Open</source>
      <translation>Ouvert</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation>Clôturé</translation>
    </message>
    <message>
      <source>not yet heard</source>
      <translation>pas encore entendu</translation>
    </message>
  </context>
</TS>