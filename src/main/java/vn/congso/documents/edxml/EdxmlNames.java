package vn.congso.documents.edxml;

import java.time.format.DateTimeFormatter;

/** Namespace and value formats of edXML as used by QCVN 102:2016 implementations. */
final class EdxmlNames {

    /** The namespace edXML elements live in. */
    static final String NS = "http://www.mic.gov.vn/TBT/QCVN_102_2016";
    static final String PREFIX = "edXML";
    static final String XLINK = "http://www.w3.org/1999/xlink";

    /** Dates (PromulgationDate, DueDate, the date inside DocumentId): {@code yyyy/MM/dd}. */
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu/MM/dd");
    /** Timestamps (TraceHeader, Status): {@code yyyy/MM/dd HH:mm:ss}, Vietnam local time. */
    static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu/MM/dd HH:mm:ss");

    private EdxmlNames() {
    }
}
