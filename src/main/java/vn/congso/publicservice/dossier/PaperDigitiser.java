package vn.congso.publicservice.dossier;

import org.springframework.stereotype.Component;
import vn.congso.conversion.ConversionManagement;
import vn.congso.conversion.ConvertPaper;
import vn.congso.conversion.Converted;
import vn.congso.conversion.LegalContext;

/**
 * Paper handed in at the counter, or a paper result, becomes a data message through the conversion
 * module (NĐ137 Đ4; NĐ137 Đ8 k4 đoạn 2): PDF/A with the marker and QR code, the agency's signature
 * and an entry in the conversion register, whose code the dossier keeps.
 */
@Component
public class PaperDigitiser {

    /** The converted document as stored and its conversion register code. */
    public record Digitised(byte[] pdf, String conversionCode) {
    }

    private final ConversionManagement conversion;

    PaperDigitiser(ConversionManagement conversion) {
        this.conversion = conversion;
    }

    /** A dossier component scanned at the counter; never public: it holds the applicant's data. */
    public Digitised component(byte[] scan, String fileName, String clerk) {
        return convert(scan, fileName, clerk, LegalContext.GENERAL);
    }

    /** A result issued on paper, converted for the citizen's data store (NĐ45/2020 Đ25 k3 c wording). */
    public Digitised result(byte[] scan, String fileName, String officer) {
        return convert(scan, fileName, officer, LegalContext.PROCEDURE_RESULT);
    }

    private Digitised convert(byte[] scan, String fileName, String username, LegalContext context) {
        Converted converted = conversion.convert(new ConvertPaper(scan, fileName, context, false, username));
        String code = converted.record().code();
        return new Digitised(conversion.original(code), code);
    }
}
