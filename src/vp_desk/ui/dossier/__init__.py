"""The dossier feature: the dossier window with its timeline, the record dialogs and the due-items panel."""
