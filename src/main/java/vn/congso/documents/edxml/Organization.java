package vn.congso.documents.edxml;

/**
 * An agency as named in an edXML {@code From} or {@code To} (QCVN 102:2016): its identifier, the
 * organisation in charge of it, its name and contact.
 */
public record Organization(AgencyIdentifier organId, String organizationInCharge, String organName,
                           String organAdd, String email, String telephone, String fax, String website) {

    public static Organization of(AgencyIdentifier organId, String organName) {
        return new Organization(organId, null, organName, null, null, null, null, null);
    }
}
