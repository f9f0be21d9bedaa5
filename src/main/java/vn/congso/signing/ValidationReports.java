package vn.congso.signing;

/** The full DSS reports of one validation, as XML, for download (simple, detailed, diagnostic data). */
public record ValidationReports(String simple, String detailed, String diagnostic) implements java.io.Serializable {

    /** One report by name: {@code simple}, {@code detailed} or {@code diagnostic}; null if unknown. */
    public String byName(String name) {
        return switch (name) {
            case "simple" -> simple;
            case "detailed" -> detailed;
            case "diagnostic" -> diagnostic;
            default -> null;
        };
    }
}
