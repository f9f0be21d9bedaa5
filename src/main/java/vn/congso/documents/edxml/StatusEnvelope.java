package vn.congso.documents.edxml;

import java.time.LocalDateTime;

/**
 * A status message (gói tin trạng thái): the recipient tells the sender how far it has come with a
 * document (01 đã đến … 06 hoàn thành), or why it refused it (02).
 */
public record StatusEnvelope(ResponseFor responseFor, Organization from, StatusCode statusCode, String description,
                             LocalDateTime timestamp, StaffInfo staffInfo) {
}
