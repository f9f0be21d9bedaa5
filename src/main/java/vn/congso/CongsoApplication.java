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

    public static void main(String[] args) {
        SpringApplication.run(CongsoApplication.class, args);
    }
}
