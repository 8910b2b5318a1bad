package org.porchlight.web.system;

import org.porchlight.web.admin.AdminProperties;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the settings of the site and of the admin area. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ SiteProperties.class, AdminProperties.class })
class WebConfiguration {

}
