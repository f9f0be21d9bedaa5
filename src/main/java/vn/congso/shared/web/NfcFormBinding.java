package vn.congso.shared.web;

import java.beans.PropertyEditorSupport;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import vn.congso.shared.VietnameseText;

/** Form fields and request parameters arrive NFC-normalised, whatever keyboard typed them. */
@ControllerAdvice
class NfcFormBinding {

    @InitBinder
    void normaliseStrings(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                setValue(VietnameseText.nfc(text));
            }
        });
    }
}
