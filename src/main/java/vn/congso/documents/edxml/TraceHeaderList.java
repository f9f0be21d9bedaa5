package vn.congso.documents.edxml;

import java.time.LocalDateTime;
import java.util.List;

/**
 * The route of an envelope and why it was sent ({@code TraceHeaderList}): each agency it passed
 * with the time, and the business information (new, recall, update, replace, with the reason).
 */
public record TraceHeaderList(List<TraceHeader> traceHeaders, Business business) {

    public TraceHeaderList {
        traceHeaders = List.copyOf(traceHeaders);
    }

    /** {@code TraceHeader}: an agency on the route and when (Vietnam local time). */
    public record TraceHeader(AgencyIdentifier organId, LocalDateTime timestamp) {
    }

    /** {@code Bussiness} (spelled so in the standard). */
    public record Business(BusinessDocType docType, String reason, int paper, StaffInfo staffInfo) {
    }
}
