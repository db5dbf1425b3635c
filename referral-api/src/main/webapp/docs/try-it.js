// Swagger UI over the OpenAPI document Payara serves at /openapi. A script file, not an inline
// one, so that a strict Content-Security-Policy stays possible. The API key is kept in memory only
// (no persistAuthorization): it is a practice's secret.
window.ui = SwaggerUIBundle({
  url: "/openapi",
  dom_id: "#swagger-ui",
  deepLinking: true,
  presets: [SwaggerUIBundle.presets.apis],
  layout: "BaseLayout",
});
