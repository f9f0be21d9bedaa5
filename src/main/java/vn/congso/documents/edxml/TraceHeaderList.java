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

    /**
     * {@code Bussiness} (spelled so in the standard).
     *
     * @param documentId   {@code Bussiness/DocumentId}: the document a recall or update is about
     * @param replacements {@code ReplacementInfoList}: the documents a replacement replaces, with the agencies
     *                     they had been sent to
     */
    public record Business(BusinessDocType docType, String reason, String documentId, int paper, StaffInfo staffInfo,
                           List<ReplacementInfo> replacements) {

        public Business {
            replacements = replacements == null ? List.of() : List.copyOf(replacements);
        }

        /** A new document: nothing recalled or replaced. */
        public Business(BusinessDocType docType, String reason, int paper, StaffInfo staffInfo) {
            this(docType, reason, null, paper, staffInfo, List.of());
        }
    }

    /** {@code ReplacementInfo}: a replaced document's DocumentId and the agencies ({@code OrganIdList}) holding it. */
    public record ReplacementInfo(String documentId, List<AgencyIdentifier> organIds) {

        public ReplacementInfo {
            organIds = List.copyOf(organIds);
        }
    }
}
