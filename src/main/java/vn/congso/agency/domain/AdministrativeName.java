package vn.congso.agency.domain;

import java.util.List;
import java.util.Optional;
import vn.congso.shared.VietnameseText;

/**
 * Reads the administrative unit out of a People's Committee's name ("Ủy ban nhân dân xã Thanh Định"
 * → xã, "thanhdinh"). Names that are not of that shape give nothing, so no rule is applied to them.
 */
final class AdministrativeName {

    private static final List<String> COMMITTEE = List.of("uy ban nhan dan ", "ubnd ");
    // longest first: "thi xa" must not be read as "xa"
    private static final List<String> UNITS = List.of("thanh pho ", "thi tran ", "thi xa ", "dac khu ", "tinh ",
            "huyen ", "quan ", "phuong ", "xa ");
    private static final List<String> DISTRICT_UNITS = List.of("thanh pho ", "thi xa ", "huyen ", "quan ");

    private AdministrativeName() {
    }

    private record Unit(String type, String name) {
    }

    private static Optional<Unit> unit(String committeeName) {
        if (committeeName == null) {
            return Optional.empty();
        }
        String folded = VietnameseText.withoutDiacritics(committeeName).strip().replaceAll("\\s+", " ");
        String rest = null;
        for (String prefix : COMMITTEE) {
            if (folded.startsWith(prefix)) {
                rest = folded.substring(prefix.length());
            }
        }
        if (rest == null) {
            return Optional.empty();
        }
        for (String type : UNITS) {
            if (rest.startsWith(type) && rest.length() > type.length()) {
                return Optional.of(new Unit(type.strip(), rest.substring(type.length())));
            }
        }
        return Optional.empty();
    }

    /**
     * The full name without diacritics as one label. A numbered unit keeps its type ("Phường 1" →
     * "phuong1"), since a number alone does not name it.
     */
    static Optional<String> label(String committeeName) {
        return unit(committeeName).flatMap(u -> {
            String name = u.name().replaceAll("[^a-z0-9]", "");
            if (name.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(Character.isDigit(name.charAt(0)) ? u.type().replace(" ", "") + name : name);
        });
    }

    /** As {@link #label}, with Ho Chi Minh City's own label (NĐ42 Đ6 k4 b). */
    static Optional<String> provinceLabel(String committeeName) {
        return label(committeeName).map(l -> l.equals("hochiminh") ? PortalDomainRule.HO_CHI_MINH_CITY : l);
    }

    static boolean isDistrict(String committeeName) {
        return unit(committeeName).map(u -> DISTRICT_UNITS.contains(u.type() + " ")).orElse(false);
    }
}
