package org.bashke.directory;

public enum OrganisationType {
    CSO, PUBLIC_INSTITUTION, MUNICIPALITY, DONOR, OTHER
}
