package vn.congso.documents.edxml;

/** The person handling a document at an agency ({@code StaffInfo}). */
public record StaffInfo(String department, String staff, String mobile, String email) {
}
