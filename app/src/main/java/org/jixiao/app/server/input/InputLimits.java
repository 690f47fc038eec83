package org.jixiao.app.server.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.jixiao.formats.limits.TreeLimits;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every request bounded, in one place (documented in docs/server.md):
 * <ul>
 * <li>{@code jixiao.limits.request-size} (default 20MB): the body of any request, multipart or not;</li>
 * <li>{@code jixiao.limits.files-per-upload} (default 200): the files of one upload (a batch of 自评表 workbooks);</li>
 * <li>JSON bodies: the depth, number and document limits of {@link TreeLimits}, and text and numbers checked as read
 * ({@link JsonInput}); query, form and multipart text checked by {@link RequestTextCheck}.</li>
 * </ul>
 */
@Configuration
public class InputLimits implements WebMvcConfigurer {
    /** Parts of a multipart request besides its files (name, year, organisation …). */
    private static final int OTHER_PARTS = 20;

    private final long requestSize;
    private final int filesPerUpload;

    public InputLimits(@Value("${jixiao.limits.request-size:20MB}") DataSize requestSize,
            @Value("${jixiao.limits.files-per-upload:200}") int filesPerUpload) {
        this.requestSize = requestSize.toBytes();
        this.filesPerUpload = filesPerUpload;
    }

    public long requestSize() {
        return requestSize;
    }

    public int filesPerUpload() {
        return filesPerUpload;
    }

    /** The message of an upload of too many files, here and where the servlet container counts the parts. */
    public String tooManyFiles(Integer count) {
        return "一次最多上传 " + filesPerUpload + " 个文件" + (count == null ? "" : "（本次 " + count + " 个）")
                + "：请分批上传，或由系统管理员调整 jixiao.limits.files-per-upload。未保存任何内容";
    }

    @Bean
    FilterRegistrationBean<RequestSizeFilter> requestSizeFilter(ObjectMapper json) {
        FilterRegistrationBean<RequestSizeFilter> registration = new FilterRegistrationBean<>(new RequestSizeFilter(requestSize, new Problems(json)));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    Module jsonInputModule() {
        return JsonInput.module();
    }

    @Bean
    Jackson2ObjectMapperBuilderCustomizer jsonInputConstraints() {
        // a field given twice is refused (a record cannot take both: it was a 500); then the depth and length limits
        return builder -> builder.featuresToEnable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .postConfigurer(mapper -> mapper.getFactory().setStreamReadConstraints(TreeLimits.constraints()));
    }

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> partCount() {
        return factory -> factory.addConnectorCustomizers(connector -> connector.setMaxPartCount(filesPerUpload + OTHER_PARTS));
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new RequestTextCheck()).addPathPatterns("/api/**");
    }
}
