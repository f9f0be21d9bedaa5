package vn.congso.conversion;

/** A print-ready paper copy of a stored data message, with the access code printed on it. */
public record PaperCopy(String documentCode, byte[] pdf, int pages, String accessCode) {
}
