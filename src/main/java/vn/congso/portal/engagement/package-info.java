/**
 * Engagement with citizens on the portal (tương tác với tổ chức, cá nhân, NĐ42 Đ8): questions and
 * comments with a tracking code and answers by e-mail (Đ8 k1 a, đ), ratings of each page and of the
 * portal on interface, content, quality and support (Đ8 k1 d, kept private per Đ5 k3 b), and the
 * channels announcements go out on (Đ5 k2): e-mail subscriptions with double opt-in, signed
 * webhooks for social networks and Zalo relays, and loudspeaker bulletins for the commune's
 * public-address system.
 * <p>Other modules call {@link vn.congso.portal.engagement.ChannelManagement#announce} when they
 * publish something.
 */
@org.springframework.modulith.NamedInterface("engagement")
package vn.congso.portal.engagement;
