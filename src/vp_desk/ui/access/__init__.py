"""The access view of one dossier (what the requester may see) and its paper documents."""
