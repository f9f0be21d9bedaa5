package vn.congso.documents;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congso.audit.AuditLog;
import vn.congso.documents.persistence.RegisterRepository;
import vn.congso.shared.CongsoException;
import vn.congso.shared.VietnameseText;

/**
 * Registers of outgoing and incoming documents (sổ đăng ký văn bản đi, đến) and their numbers.
 * A registration joins the caller's transaction: if the caller rolls back, the number is not used.
 */
@Service
public class RegisterManagement {

    /** The register every outgoing document is numbered in unless another is named. */
    public static final String OUTGOING = "VB-DI";
    /** The register every incoming document is numbered in unless another is named. */
    public static final String INCOMING = "VB-DEN";

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final RegisterRepository repository;
    private final AuditLog audit;
    private final Clock clock = Clock.systemUTC();

    RegisterManagement(RegisterRepository repository, AuditLog audit) {
        this.repository = repository;
        this.audit = audit;
    }

    /** Opens a further register (e.g. a separate register for one kind of document). */
    @Transactional
    public long createRegister(String code, RegisterKind kind, String name) {
        long id = repository.createRegister(code, kind, VietnameseText.nfc(name));
        audit.record("documents.register-created", "documents-register", code, kind + " " + name);
        return id;
    }

    @Transactional
    public Registration register(String registerCode, String numberSymbol, String subject) {
        return register(registerCode, clock.instant(), numberSymbol, subject);
    }

    /**
     * Enters a document in a register at the given moment and gives it the next number of that
     * register's year.
     */
    @Transactional
    public Registration register(String registerCode, Instant at, String numberSymbol, String subject) {
        long registerId = repository.registerId(registerCode)
                .orElseThrow(() -> new CongsoException(DocumentsError.UNKNOWN_REGISTER, registerCode));
        // NĐ30 Đ15 k1, Đ22 k2: numbers run from 01 on 1 January to 31 December, in the agency's (Vietnam) time
        int year = at.atZone(VIETNAM).getYear();
        int number = repository.nextNumber(registerId, year);
        long id = repository.insertRegistration(registerId, year, number, at,
                VietnameseText.nfc(numberSymbol), VietnameseText.nfc(subject));
        Registration registration = new Registration(id, registerCode, year, number, at);
        audit.record("documents.registered", "documents-registration", Long.toString(id),
                registerCode + " " + year + "/" + registration.formattedNumber()
                        + (numberSymbol == null ? "" : " " + numberSymbol));
        return registration;
    }
}
