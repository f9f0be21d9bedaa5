package vn.congso.shared;

/**
 * A menu entry a module contributes by declaring a bean: the layout shows it to whoever holds the
 * authority (null: everyone; {@code "anonymous"}: only visitors not logged in).
 *
 * @param area {@code public} (main menu) or {@code staff} (the staff menu)
 */
public record NavigationLink(String area, int order, String labelKey, String href, String authority) {

    public static final String PUBLIC = "public";
    public static final String STAFF = "staff";
    public static final String ANONYMOUS = "anonymous";
}
