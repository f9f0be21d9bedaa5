package vn.congso.publicservice;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the public-service module.
 *
 * @param cutOffHour hour (Vietnam time, 0–24) from which a dossier received counts as received on the
 *                   next working day; 15 follows the "nhận hồ sơ sau 15 giờ" rule of the civil-status and
 *                   certification procedures (e.g. NĐ 23/2015/NĐ-CP Đ7)
 * @param supplementDays working days a supplement request (mẫu 02) gives the citizen when the officer
 *                       names no date; the time ends at the close of office on the last of them
 */
@ConfigurationProperties("congso.publicservice")
public record PublicServiceProperties(@DefaultValue("15") int cutOffHour, @DefaultValue("15") int supplementDays) {

    public PublicServiceProperties {
        if (cutOffHour < 0 || cutOffHour > 24) {
            throw new IllegalArgumentException("congso.publicservice.cut-off-hour must be 0–24, was " + cutOffHour);
        }
        if (supplementDays < 1) {
            throw new IllegalArgumentException("congso.publicservice.supplement-days must be 1 or more, was " + supplementDays);
        }
    }
}
