package vn.congso.publicservice;

/** How a dossier reached the agency (NĐ42 Đ16: the report counts each channel). */
public enum ReceiptChannel {
    ONLINE,
    /** Handed in at the one-stop counter (Bộ phận Một cửa). */
    COUNTER,
    /** Sent by public postal service and entered at the counter. */
    POST
}
