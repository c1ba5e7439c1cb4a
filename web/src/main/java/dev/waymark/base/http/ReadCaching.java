package dev.waymark.base.http;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * Entity tags for public reads that are made anew for each request (search, the list of guides): the tag is a
 * hash of the bytes (weak, as these are compressed on the fly), so an unchanged answer revalidates as {@code 304} with no body. Reads of one published
 * guide do better and need no hashing per request: see {@link CachedResponses}.
 */
@Configuration(proxyBeanMethods = false)
class ReadCaching {

    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> listAndSearchEtags() {
        ShallowEtagHeaderFilter filter = new ShallowEtagHeaderFilter();
        // Weak: the same tag stands for the gzip and the plain bytes, and Tomcat compresses on the fly only
        // responses whose tag is weak (a strong one would have to change with the encoding).
        filter.setWriteWeakETag(true);
        FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(filter);
        registration.addUrlPatterns("/api/search", "/api/guides");
        registration.setName("listAndSearchEtags");
        return registration;
    }
}
