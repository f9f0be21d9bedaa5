package vn.congso.publicservice;

import java.time.Instant;
import java.util.Map;

/**
 * A signed result in the citizen's electronic data store (kho quản lý dữ liệu điện tử, NĐ137 Đ8 k4),
 * reusable in later dossiers and verifiable by its code.
 *
 * @param sha256 of the signed PDF in the blob store
 */
public record StoredResult(String code, String procedureCode, String ownerUsername, Map<String, String> data,
                           String sha256, Instant issuedAt) {
}
