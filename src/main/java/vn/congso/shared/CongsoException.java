package vn.congso.shared;

import java.util.Arrays;

/**
 * A domain failure with a code the user is told about: APIs answer it as an RFC 9457 problem
 * document, pages as a friendly error page or a message beside the form.
 */
public class CongsoException extends RuntimeException {

    private final transient ErrorCode code;
    private final transient Object[] arguments;

    public CongsoException(ErrorCode code, Object... arguments) {
        super(code.name() + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
        this.code = code;
        this.arguments = arguments.clone();
    }

    public CongsoException(ErrorCode code, Throwable cause, Object... arguments) {
        super(code.name() + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)), cause);
        this.code = code;
        this.arguments = arguments.clone();
    }

    public ErrorCode code() {
        return code;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
