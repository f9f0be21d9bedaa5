package vn.congso.portal.content;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the portal content.
 *
 * @param linkHostExceptions hosts outside {@code .gov.vn} that official links may still point to
 *                           (the Government Portal is {@code chinhphu.vn}, the legal database {@code vbpl.vn});
 *                           a subdomain of a listed host is accepted too
 */
@ConfigurationProperties("congso.content")
record ContentProperties(@DefaultValue({"chinhphu.vn", "vbpl.vn", "baochinhphu.vn"}) List<String> linkHostExceptions) {
}
