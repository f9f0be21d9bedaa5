package vn.congso.shared;

import org.springframework.http.HttpStatus;

/**
 * A failure a user can be told about: each module lists its own in an enum. The message key names a
 * Vietnamese (and English) text in the module's bundle; it may take arguments.
 */
public interface ErrorCode {

    String name();

    HttpStatus status();

    /** Message key of the human text, {@code error.<module>.<code>} by convention. */
    default String messageKey() {
        String module = getClass().getPackageName().replace("vn.congso.", "").split("\\.")[0];
        return "error." + module + "." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
