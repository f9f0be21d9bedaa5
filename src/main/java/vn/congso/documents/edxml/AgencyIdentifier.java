package vn.congso.documents.edxml;

import java.util.regex.Pattern;
import vn.congso.documents.DocumentsError;
import vn.congso.shared.CongsoException;

/**
 * Mã định danh of an agency in document exchange, {@code V1V2V3.Z1Z2.Y1Y2.MX1X2} (e.g.
 * {@code 000.00.01.H55}): the sender and recipient ids of every edXML envelope.
 */
public record AgencyIdentifier(String value) {

    // QCVN 102:2016 (OrganId) with the code structure V1V2V3.Z1Z2.Y1Y2.MX1X2: three digit groups, then a letter and two digits
    private static final Pattern FORM = Pattern.compile("\\d{3}\\.\\d{2}\\.\\d{2}\\.[A-Z]\\d{2}");

    public AgencyIdentifier {
        if (value == null || !FORM.matcher(value.strip()).matches()) {
            throw new CongsoException(DocumentsError.INVALID_AGENCY_IDENTIFIER, String.valueOf(value));
        }
        value = value.strip();
    }

    public static AgencyIdentifier of(String value) {
        return new AgencyIdentifier(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
