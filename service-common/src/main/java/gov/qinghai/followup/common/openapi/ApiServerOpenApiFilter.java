package gov.qinghai.followup.common.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * The served document names the API's own base URL as its server ({@code openapi.api-url}, env API_PUBLIC_URL;
 * default {@code http://localhost:<quarkus.http.port>}). Swagger UI and the document are served on the management
 * port, and Swagger UI sends "Try it out" requests to the document's first server, else to its own origin, where the
 * API does not answer (404). The API answers the Swagger UI origins cross-origin (quarkus.http.cors.*, service-common's
 * defaults). At run time, so the URL is the started instance's; the committed contract (docs/openapi) leaves servers out.
 */
@OpenApiFilter(OpenApiFilter.RunStage.RUN)
public class ApiServerOpenApiFilter implements OASFilter {
    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        String url = ConfigProvider.getConfig().getOptionalValue("openapi.api-url", String.class).orElse(null);
        if (url == null || url.isBlank()) {
            return;
        }
        openAPI.setServers(null);
        openAPI.addServer(OASFactory.createServer().url(url.replaceAll("/+$", ""))
                .description("the API (Swagger UI itself is served on the management port)"));
    }
}
