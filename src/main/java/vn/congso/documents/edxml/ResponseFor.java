package vn.congso.documents.edxml;

import java.time.LocalDate;

/** The document an envelope or status answers ({@code ResponseFor}). */
public record ResponseFor(AgencyIdentifier organId, String code, LocalDate promulgationDate, String documentId) {
}
