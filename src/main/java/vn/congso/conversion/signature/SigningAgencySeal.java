package vn.congso.conversion.signature;

import org.springframework.stereotype.Component;
import vn.congso.conversion.AgencySeal;
import vn.congso.conversion.SignatureStatus;
import vn.congso.signing.SignaturePlacement;
import vn.congso.signing.SigningManagement;

/** The agency's signature from the signing module (PAdES with the agency's key). */
@Component
class SigningAgencySeal implements AgencySeal {

    private final SigningManagement signing;

    SigningAgencySeal(SigningManagement signing) {
        this.signing = signing;
    }

    @Override
    public boolean available() {
        return true;
    }

    @Override
    public byte[] seal(byte[] pdf, Slot slot) {
        return signing.signAsAgency(pdf, SignaturePlacement.at(slot.page(), slot.x(), slot.y(), slot.width(), slot.height()));
    }

    @Override
    public SignatureStatus check(byte[] pdf) {
        return switch (signing.validate(pdf).verdict()) {
            case VALID -> SignatureStatus.VALID;
            case INVALID -> SignatureStatus.INVALID;
            case INDETERMINATE -> SignatureStatus.INDETERMINATE;
            case NOT_SIGNED -> SignatureStatus.NOT_SIGNED;
        };
    }
}
