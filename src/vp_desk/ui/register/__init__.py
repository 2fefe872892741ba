"""The register of facts by third parties (BE): list, entry dialog and the inspection view."""
