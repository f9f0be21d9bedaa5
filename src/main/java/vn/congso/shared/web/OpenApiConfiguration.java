package vn.congso.shared.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The open, machine-readable API of the portal (NĐ42 Đ9), described at /v3/api-docs. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI congsoOpenApi() {
        return new OpenAPI().info(new Info()
                .title("congso API")
                .version("v1")
                .description("API mở của cổng số: dữ liệu công khai, tra cứu, tiện ích cho người dân và doanh nghiệp. "
                        + "Lỗi được trả về theo RFC 9457 (application/problem+json) với thông báo tiếng Việt; "
                        + "thêm ?lang=en để nhận thông báo tiếng Anh.")
                .license(new License().name("Apache-2.0")));
    }
}
