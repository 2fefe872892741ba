<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
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
    <message>
      <source>This passphrase is too easy to guess: %s</source>
      <translation>Cette phrase secrète est trop facile à deviner : %s</translation>
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
      <translation>Accueil</translation>
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
    <name>LockView</name>
    <message>
      <source>Something went wrong ({kind}). Nothing was changed.</source>
      <translation>Un problème est survenu ({kind}). Rien n'a été modifié.</translation>
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
      <source>Edit organisation</source>
      <translation>Modifier l'organisation</translation>
    </message>
    <message>
      <source>Choose an organisation in the list at the top first.</source>
      <translation>Choisissez d'abord une organisation dans la liste en haut.</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Langue</translation>
    </message>
    <message>
      <source>The new language is used from the next start of VP Desk.</source>
      <translation>La nouvelle langue sera utilisée au prochain démarrage de VP Desk.</translation>
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
      <source>profile default</source>
      <translation>valeur par défaut du profil</translation>
    </message>
    <message>
      <source> years</source>
      <translation> ans</translation>
    </message>
    <message>
      <source>Retention after closure</source>
      <translation>Conservation après clôture</translation>
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
  </context>
  <context>
    <name>Passphrase</name>
    <message>
      <source>use at least 10 characters (a short sentence is best)</source>
      <translation>utilisez au moins 10 caractères (une courte phrase est idéale)</translation>
    </message>
    <message>
      <source>it is made of common words, repeats or keyboard runs; add unrelated words</source>
      <translation>elle est faite de mots courants, de répétitions ou de suites de touches ; ajoutez des mots sans rapport entre eux</translation>
    </message>
  </context>
  <context>
    <name>StrengthMeter</name>
    <message>
      <source>Passphrase strength</source>
      <translation>Robustesse de la phrase secrète</translation>
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
      <source>Please make a choice.</source>
      <translation>Veuillez faire un choix.</translation>
    </message>
    <message>
      <source>This choice is not valid for the organisation's profile.</source>
      <translation>Ce choix n'est pas valable pour le profil de l'organisation.</translation>
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
      <source>A referral involves a third person: it can only be saved once the requester's consent for a referral is recorded (and not withdrawn) on that date.</source>
      <translation>Une orientation implique une tierce personne : elle ne peut être enregistrée qu'une fois le consentement du demandeur à l'orientation enregistré (et non retiré) à cette date.</translation>
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
      <source>This organisation still has {count} dossier(s). Archive it instead, or erase its dossiers first.</source>
      <translation>Cette organisation a encore {count} dossier(s). Archivez-la plutôt, ou effacez d'abord ses dossiers.</translation>
    </message>
    <message>
      <source>This record no longer exists.</source>
      <translation>Cet enregistrement n'existe plus.</translation>
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
</TS>