package vn.congso;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/**
 * Cổng số: the web portal, online public services and electronic document management of one
 * Vietnamese state agency (Decree 42/2022/NĐ-CP, Decree 137/2024/NĐ-CP).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(sharedModules = "shared")
public class CongsoApplication {

    static {
        // Jakarta Mail 2.1 finds its StreamProvider with a ServiceLoader scan of the class path for every
        // header it encodes or parses (jakartaee/mail-api#861: most of a receipt's CPU went there); naming
        // the implementation makes it a plain class lookup.
        if (System.getProperty("jakarta.mail.util.StreamProvider") == null) {
            System.setProperty("jakarta.mail.util.StreamProvider", "org.eclipse.angus.mail.util.MailStreamProvider");
        }
    }

    public static void main(String[] args) {
        SpringApplication.run(CongsoApplication.class, args);
    }
}
