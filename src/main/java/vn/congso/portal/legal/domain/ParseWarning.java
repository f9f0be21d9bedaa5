package vn.congso.portal.legal.domain;

import java.util.List;

/**
 * Something the parser could not find or had to guess around. The text is a message key in the
 * {@code legal} bundle (Vietnamese first), so the domain holds no UI text.
 */
public record ParseWarning(String key, List<String> arguments) {

    public ParseWarning {
        arguments = List.copyOf(arguments);
    }

    static ParseWarning of(String key, Object... arguments) {
        return new ParseWarning("legal.warning." + key, java.util.Arrays.stream(arguments).map(String::valueOf).toList());
    }
}
