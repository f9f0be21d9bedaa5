package vn.congso.documents;

/** Sổ đăng ký văn bản đi (outgoing) or văn bản đến (incoming). */
public enum RegisterKind {
    OUTGOING,
    INCOMING
}
