package vn.congso.agency.domain;

import java.util.Arrays;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * What is wrong with a profile field (a portal domain, an identifier code…), as a message of the agency
 * bundle. Arguments that are themselves
 * texts (the level, the part's name) are resolvables, so the reader's language applies to them too.
 */
public record RuleViolation(String code, Object[] arguments) implements MessageSourceResolvable {

    public static RuleViolation of(String reason, Object... arguments) {
        return new RuleViolation("agency." + reason, arguments);
    }

    static MessageSourceResolvable text(String key) {
        return new DefaultMessageSourceResolvable(key);
    }

    @Override
    public String[] getCodes() {
        return new String[] {code};
    }

    @Override
    public Object[] getArguments() {
        return arguments.clone();
    }

    @Override
    public String toString() {
        return code + Arrays.toString(arguments);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RuleViolation p && p.code.equals(code) && Arrays.equals(p.arguments, arguments);
    }

    @Override
    public int hashCode() {
        return code.hashCode() * 31 + Arrays.hashCode(arguments);
    }
}
