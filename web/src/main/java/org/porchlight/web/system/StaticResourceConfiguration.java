package org.porchlight.web.system;

import java.time.Duration;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * Serves the site's CSS, scripts and vendored libraries under content-hashed names, such as
 * {@code /css/site-<md5>.css}, with a year-long immutable cache. Templates write plain paths ({@code @{/css/site.css}})
 * and {@link ResourceUrlEncodingFilter} rewrites them to the hashed names, so a changed file gets a new address.
 * <p>
 * These handlers replace Spring Boot's catch-all {@code /**} static handler ({@code spring.web.resources.add-mappings}
 * is off). With it, the filter looked every link of a page up on the classpath, photo and listing links included, on
 * each request.
 */
@Configuration(proxyBeanMethods = false)
class StaticResourceConfiguration implements WebMvcConfigurer {

	private static final CacheControl CACHE_FOR_A_YEAR = CacheControl.maxAge(Duration.ofDays(365))
		.cachePublic()
		.immutable();

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		for (String directory : new String[] { "css", "js", "vendor" }) {
			addHashed(registry, "classpath:/static/" + directory + "/", "/" + directory + "/**");
		}
		addHashed(registry, "classpath:/static/admin/", "/admin/*.css", "/admin/*.js");
		registry.addResourceHandler("/webjars/**").addResourceLocations("classpath:/META-INF/resources/webjars/");
	}

	private static void addHashed(ResourceHandlerRegistry registry, String location, String... pathPatterns) {
		registry.addResourceHandler(pathPatterns)
			.addResourceLocations(location)
			.setCacheControl(CACHE_FOR_A_YEAR)
			.resourceChain(true)
			.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
	}

	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
		FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
				new ResourceUrlEncodingFilter());
		registration.addUrlPatterns("/*");
		return registration;
	}

}
