package org.porchlight.web;

import java.beans.PropertyDescriptor;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.porchlight.sandbox.RetsTransaction;
import org.porchlight.sync.settings.SettingsCipher;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DataObjectPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.MergedAnnotation;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for the Compose stack in {@code docker-compose.yml}, the Dockerfiles it builds, and the commands that the
 * README gives. Docker is not needed: the files are parsed and checked against the modules' poms, their
 * configuration properties and the README.
 */
class ComposeFileTests {

	private static final Set<String> PORCHLIGHT_PREFIXES = Set.of("porchlight.rets", "porchlight.sync",
			"porchlight.admin", "porchlight.site", "porchlight.sandbox");

	private static final Pattern FENCED_BLOCK = Pattern.compile("(?m)^```[^\\n]*\\n(.*?)^```", Pattern.DOTALL);

	private static Path repository;

	private static Map<String, Object> compose;

	@BeforeAll
	static void loadComposeFile() throws IOException {
		repository = locateRepository();
		String text = Files.readString(repository.resolve("docker-compose.yml"), StandardCharsets.UTF_8);
		Object document = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
		assertThat(document).as("docker-compose.yml top level").isInstanceOf(Map.class);
		compose = asMap(document, "docker-compose.yml");
	}

	@Test
	void composeFileDefinesServicesAndVolumes() {
		assertThat(compose).containsKeys("services", "volumes");
		assertThat(services()).containsOnlyKeys("postgres", "sync-worker", "web", "sandbox");
	}

	@Test
	void servicesMatchReadme() throws IOException {
		String section = readmeSection("Production-like stack with Docker Compose");
		Set<String> mentioned = new TreeSet<>();
		Matcher item = Pattern.compile("(?m)^- `([a-z0-9-]+)`:").matcher(section);
		while (item.find()) {
			mentioned.add(item.group(1));
		}
		assertThat(mentioned).as("services listed in the README's Compose section").isNotEmpty();
		assertThat(services().keySet()).as("services in docker-compose.yml").isEqualTo(mentioned);
	}

	@Test
	void everyServiceHasHealthcheck() {
		services().forEach((name, definition) -> {
			Map<String, Object> healthcheck = asMap(service(name).get("healthcheck"), name + ".healthcheck");
			assertThat(healthcheck.get("disable")).as(name + " healthcheck disabled").isNotEqualTo(Boolean.TRUE);
			List<Object> test = asList(healthcheck.get("test"), name + ".healthcheck.test");
			assertThat(test).as(name + " healthcheck command").hasSizeGreaterThanOrEqualTo(2);
			assertThat(test.get(0)).as(name + " healthcheck form").isIn("CMD", "CMD-SHELL");
		});
	}

	@Test
	void volumesAreDeclaredAndMounted() {
		Map<String, Object> volumes = asMap(compose.get("volumes"), "volumes");
		assertThat(volumes).containsKeys("pgdata", "photos");
		assertThat(mounts("postgres")).containsEntry("pgdata", "/var/lib/postgresql/data");

		String photoDirectory = mounts("sync-worker").get("photos");
		assertThat(photoDirectory).as("photos mount of sync-worker").isNotNull();
		assertThat(mounts("web")).as("web shares the photos volume at the same path")
			.containsEntry("photos", photoDirectory);
		for (String name : List.of("sync-worker", "web")) {
			assertThat(environment(name)).as(name + " photo directory")
				.containsEntry("PORCHLIGHT_SYNC_PHOTO_DIRECTORY", photoDirectory);
		}
	}

	@Test
	void dockerfilesExistAndCopyModuleJar() throws Exception {
		for (String name : List.of("sync-worker", "web", "sandbox")) {
			Map<String, Object> build = asMap(service(name).get("build"), name + ".build");
			assertThat(build.get("context")).as(name + " build context").isEqualTo(".");
			Path dockerfile = repository.resolve(String.valueOf(build.get("dockerfile"))).normalize();
			assertThat(dockerfile).as(name + " Dockerfile").isRegularFile();

			String module = repository.relativize(dockerfile.getParent()).toString();
			String jar = buildOutputJar(repository.resolve(module).resolve("pom.xml"));
			String text = Files.readString(dockerfile, StandardCharsets.UTF_8);
			assertThat(text).as(name + " Dockerfile builds its module")
				.contains("-pl " + module + " -am package")
				.contains("COPY --from=build /build/" + module + "/target/" + jar + " /app/" + jar)
				.contains("\"-jar\", \"/app/" + jar + "\"]");
			assertThat(text).as(name + " Dockerfile runs as a non-root user").containsPattern("(?m)^USER porchlight$");
		}
	}

	@Test
	void dockerfileHealthchecksMatchCompose() throws IOException {
		for (String name : List.of("sync-worker", "web", "sandbox")) {
			Path dockerfile = repository.resolve(String.valueOf(asMap(service(name).get("build"), name).get("dockerfile")));
			Matcher healthcheck = Pattern.compile("(?m)^\\s+CMD (.+)$").matcher(Files.readString(dockerfile));
			assertThat(healthcheck.find()).as(name + " Dockerfile HEALTHCHECK").isTrue();
			List<Object> test = asList(asMap(service(name).get("healthcheck"), name).get("test"), name);
			assertThat(test).as(name + " healthcheck").containsExactly("CMD-SHELL", healthcheck.group(1));
		}
	}

	@Test
	void sandboxIsOnlyInDemoProfile() {
		assertThat(service("sandbox").get("profiles")).isEqualTo(List.of("demo"));
		for (String name : List.of("postgres", "sync-worker", "web")) {
			assertThat(service(name)).as(name + " runs in every profile").doesNotContainKey("profiles");
		}
		Map<String, Object> dependencies = asMap(service("sync-worker").get("depends_on"), "depends_on");
		assertThat(asMap(dependencies.get("sandbox"), "depends_on.sandbox")).as("worker without the demo profile")
			.containsEntry("required", false);
	}

	@Test
	void workerDefaultsPointAtSandbox() {
		Map<String, String> worker = environment("sync-worker");
		Map<String, String> sandbox = environment("sandbox");
		String loginUrl = "http://sandbox:" + sandbox.get("SANDBOX_PORT") + RetsTransaction.LOGIN.path();
		assertThat(defaultOf(worker.get("PORCHLIGHT_RETS_LOGIN_URL"))).isEqualTo(loginUrl);
		assertThat(asList(asMap(service("sandbox").get("healthcheck"), "sandbox.healthcheck").get("test"), "test"))
			.as("sandbox healthcheck").anyMatch((part) -> String.valueOf(part)
				.contains("http://127.0.0.1:" + sandbox.get("SANDBOX_PORT") + RetsTransaction.LOGIN.path()));
		assertThat(sandbox.get("SANDBOX_HOST")).isEqualTo("0.0.0.0");
		assertThat(sandbox.get("SANDBOX_USERNAME")).isEqualTo(worker.get("PORCHLIGHT_RETS_USERNAME"));
		assertThat(sandbox.get("SANDBOX_PASSWORD")).isEqualTo(worker.get("PORCHLIGHT_RETS_PASSWORD"));
	}

	@Test
	void workerMapsSandboxFieldsLikeDemoProfile() throws IOException {
		Properties demo = new Properties();
		try (var reader = Files.newBufferedReader(repository.resolve("web/src/main/resources/application-demo.properties"),
				StandardCharsets.UTF_8)) {
			demo.load(reader);
		}
		Map<String, String> expected = new TreeMap<>();
		for (String property : demo.stringPropertyNames()) {
			if (property.startsWith("porchlight.sync.mapping.")) {
				String field = property.substring("porchlight.sync.mapping.".length());
				expected.put("PORCHLIGHT_SYNC_MAPPING_" + field.toUpperCase(Locale.ROOT), demo.getProperty(property));
			}
		}
		Map<String, String> actual = new TreeMap<>();
		environment("sync-worker").forEach((variable, value) -> {
			if (variable.startsWith("PORCHLIGHT_SYNC_MAPPING_")) {
				actual.put(variable, defaultOf(value));
			}
		});
		assertThat(expected).as("mapping overrides of the demo profile").isNotEmpty();
		assertThat(actual).as("mapping defaults of sync-worker").isEqualTo(expected);
	}

	@Test
	void webLeavesSyncToWorker() {
		Map<String, String> web = environment("web");
		assertThat(web).containsEntry("PORCHLIGHT_SYNC_ENABLED", "false");
		assertThat(web.get("PORCHLIGHT_ADMIN_PASSWORD")).as("admin password has no default")
			.matches("\\$\\{PORCHLIGHT_ADMIN_PASSWORD:\\?[^}]+}");
		assertThat(environment("sync-worker")).doesNotContainKey("PORCHLIGHT_SYNC_ENABLED");
	}

	@Test
	void porchlightVariablesUseKnownPrefixes() {
		for (String name : List.of("sync-worker", "web")) {
			for (String variable : porchlightVariables(name)) {
				String property = variable.toLowerCase().replace('_', '.');
				assertThat(PORCHLIGHT_PREFIXES).as(variable + " in " + name)
					.anyMatch((prefix) -> property.startsWith(prefix + "."));
			}
		}
	}

	@Test
	void porchlightVariablesBindToProperties() throws ClassNotFoundException {
		Set<String> properties = new TreeSet<>();
		Set<String> mapProperties = new TreeSet<>();
		collectConfigurationProperties(properties, mapProperties);
		assertThat(properties).as("@ConfigurationProperties of org.porchlight").isNotEmpty();

		for (String name : List.of("sync-worker", "web")) {
			for (String variable : porchlightVariables(name)) {
				assertThat(boundProperty(variable, properties, mapProperties))
					.as("property that %s of %s binds to, among %s", variable, name, properties)
					.isNotNull();
			}
		}
	}

	@Test
	void settingsKeyReachesWebAndWorker() {
		for (String name : List.of("sync-worker", "web")) {
			assertThat(environment(name)).as(name).containsEntry(SettingsCipher.KEY_VARIABLE, "");
		}
	}

	@Test
	void sandboxVariablesAreReadBySandbox() throws IOException {
		Set<String> literals = new TreeSet<>();
		Pattern literal = Pattern.compile("\"(SANDBOX_[A-Z0-9_]+)\"");
		try (var files = Files.walk(repository.resolve("rets-sandbox/src/main/java"))) {
			for (Path file : files.filter((path) -> path.toString().endsWith(".java")).toList()) {
				Matcher matcher = literal.matcher(Files.readString(file, StandardCharsets.UTF_8));
				while (matcher.find()) {
					literals.add(matcher.group(1));
				}
			}
		}
		assertThat(literals).as("SANDBOX_ variables named in rets-sandbox sources")
			.containsAll(environment("sandbox").keySet());
	}

	@Test
	void quickStartHasDemoThenTestCommand() throws IOException {
		String section = readmeSection("Quick start");
		List<String> blocks = new ArrayList<>();
		Matcher block = FENCED_BLOCK.matcher(section);
		while (block.find()) {
			blocks.add(block.group(1).strip());
		}
		assertThat(blocks).containsExactly("./demo.sh", "./test.sh");
	}

	@Test
	void scriptsRunDocumentedCommands() throws Exception {
		assertThat(commandLines(".ci/run")).as(".ci/run").anyMatch((line) -> line.matches("(exec )?\\./test\\.sh\\b.*"));
		assertThat(commandLines("test.sh")).as("test.sh").contains("exec mvn -B verify \"$@\"");
		assertThat(readmeSection("What the test command needs")).contains("`mvn -B verify`");

		String webJar = buildOutputJar(repository.resolve("web/pom.xml"));
		assertThat(commandLines("demo.sh")).as("demo.sh").contains("mvn -B -q -DskipTests install")
			.contains("exec java -jar web/target/" + webJar + " --spring.profiles.active=demo \"$@\"");
		for (String script : List.of("test.sh", "demo.sh", ".ci/run")) {
			assertThat(repository.resolve(script)).as(script).isExecutable();
		}
	}

	@Test
	void readmeNamesBuiltJars() throws Exception {
		String readme = Files.readString(repository.resolve("README.md"), StandardCharsets.UTF_8);
		for (String module : List.of("web", "sync-worker", "rets-sandbox")) {
			String jar = module + "/target/" + buildOutputJar(repository.resolve(module).resolve("pom.xml"));
			assertThat(readme).as("README names " + jar).contains(jar);
		}
	}

	private static Path locateRepository() {
		Path moduleDirectory = Path.of(System.getProperty("basedir", System.getProperty("user.dir")))
			.toAbsolutePath();
		for (Path candidate = moduleDirectory; candidate != null; candidate = candidate.getParent()) {
			if (Files.isRegularFile(candidate.resolve("docker-compose.yml"))
					&& Files.isRegularFile(candidate.resolve("pom.xml"))) {
				return candidate;
			}
		}
		throw new IllegalStateException("No docker-compose.yml found in " + moduleDirectory + " or its parents");
	}

	private static Map<String, Object> services() {
		return asMap(compose.get("services"), "services");
	}

	private static Map<String, Object> service(String name) {
		return asMap(services().get(name), "services." + name);
	}

	/** Returns the service's environment; an entry without a value (passed on from the host) maps to "". */
	private static Map<String, String> environment(String name) {
		Map<String, String> environment = new LinkedHashMap<>();
		asMap(service(name).get("environment"), name + ".environment")
			.forEach((key, value) -> environment.put(key, (value != null) ? String.valueOf(value) : ""));
		return environment;
	}

	private static Set<String> porchlightVariables(String name) {
		Set<String> variables = new TreeSet<>(environment(name).keySet());
		variables.removeIf((variable) -> !variable.startsWith("PORCHLIGHT_"));
		// The settings key is read from the environment itself, not bound to a property.
		variables.remove(SettingsCipher.KEY_VARIABLE);
		assertThat(variables).as("PORCHLIGHT_ variables of " + name).isNotEmpty();
		return variables;
	}

	/** Returns the service's named volume mounts as volume name to container path. */
	private static Map<String, String> mounts(String name) {
		Map<String, String> mounts = new LinkedHashMap<>();
		for (Object volume : asList(service(name).get("volumes"), name + ".volumes")) {
			String[] parts = String.valueOf(volume).split(":");
			mounts.put(parts[0], parts[1]);
		}
		return mounts;
	}

	/** Returns the default of a {@code ${NAME:-default}} interpolation, or the value itself. */
	private static String defaultOf(String value) {
		Matcher matcher = Pattern.compile("\\$\\{[A-Z0-9_]+:-([^}]*)}").matcher(value);
		return matcher.matches() ? matcher.group(1) : value;
	}

	private static String readmeSection(String heading) throws IOException {
		String readme = Files.readString(repository.resolve("README.md"), StandardCharsets.UTF_8);
		Matcher matcher = Pattern.compile("(?ms)^## " + Pattern.quote(heading) + "\\s*$(.*?)(?=^## |\\z)")
			.matcher(readme);
		assertThat(matcher.find()).as("README section '## " + heading + "'").isTrue();
		return matcher.group(1);
	}

	/** Returns the script's lines without comments, blank lines and leading indentation. */
	private static List<String> commandLines(String script) throws IOException {
		return Files.readAllLines(repository.resolve(script), StandardCharsets.UTF_8)
			.stream()
			.map(String::strip)
			.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
			.toList();
	}

	/**
	 * Returns the file name of the runnable jar that the module's pom builds: the {@code finalName}, or
	 * {@code artifactId-version}, followed by the classifier of a Spring Boot repackage or a shaded jar.
	 */
	private static String buildOutputJar(Path pom) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		Element project = factory.newDocumentBuilder().parse(pom.toFile()).getDocumentElement();
		Element build = child(project, "build");
		String finalName = text(child(build, "finalName"));
		if (finalName != null) {
			return finalName + ".jar";
		}
		String version = text(child(project, "version"));
		if (version == null) {
			version = text(child(child(project, "parent"), "version"));
		}
		String name = text(child(project, "artifactId")) + "-" + version;
		String classifier = runnableJarClassifier(build);
		return name + ((classifier != null) ? "-" + classifier : "") + ".jar";
	}

	private static String runnableJarClassifier(Element build) {
		Element plugins = child(build, "plugins");
		if (plugins == null) {
			return null;
		}
		for (Node node = plugins.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (node instanceof Element plugin && "plugin".equals(plugin.getNodeName())) {
				String artifactId = text(child(plugin, "artifactId"));
				String element = switch (String.valueOf(artifactId)) {
					case "spring-boot-maven-plugin" -> "classifier";
					case "maven-shade-plugin" -> "shadedClassifierName";
					default -> null;
				};
				if (element != null) {
					var values = plugin.getElementsByTagName(element);
					if (values.getLength() > 0) {
						return values.item(0).getTextContent().strip();
					}
				}
			}
		}
		return null;
	}

	private static Element child(Element parent, String name) {
		if (parent == null) {
			return null;
		}
		for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (node instanceof Element element && name.equals(element.getNodeName())) {
				return element;
			}
		}
		return null;
	}

	private static String text(Element element) {
		return (element != null) ? element.getTextContent().strip() : null;
	}

	/**
	 * Collects the property names that the {@code @ConfigurationProperties} types of {@code org.porchlight} bind,
	 * in canonical form such as {@code porchlight.sync.photo-directory}. Map-valued properties go to
	 * {@code mapProperties}, because they accept any key below their name.
	 */
	private static void collectConfigurationProperties(Set<String> properties, Set<String> mapProperties)
			throws ClassNotFoundException {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AnnotationTypeFilter(ConfigurationProperties.class));
		for (BeanDefinition candidate : scanner.findCandidateComponents("org.porchlight")) {
			Class<?> type = ClassUtils.forName(candidate.getBeanClassName(), ComposeFileTests.class.getClassLoader());
			MergedAnnotation<ConfigurationProperties> annotation = MergedAnnotations.from(type)
				.get(ConfigurationProperties.class);
			String prefix = annotation.getString("prefix");
			collectProperties(type, prefix.isEmpty() ? annotation.getString("value") : prefix, properties,
					mapProperties);
		}
	}

	private static void collectProperties(Class<?> type, String prefix, Set<String> properties,
			Set<String> mapProperties) {
		Map<String, Class<?>> members = new LinkedHashMap<>();
		if (type.isRecord()) {
			for (RecordComponent component : type.getRecordComponents()) {
				members.put(component.getName(), component.getType());
			}
		}
		else {
			for (PropertyDescriptor descriptor : BeanUtils.getPropertyDescriptors(type)) {
				if (descriptor.getWriteMethod() != null) {
					members.put(descriptor.getName(), descriptor.getPropertyType());
				}
			}
		}
		members.forEach((member, memberType) -> {
			String name = prefix + "." + DataObjectPropertyName.toDashedForm(member);
			if (Map.class.isAssignableFrom(memberType)) {
				mapProperties.add(name);
			}
			else if (memberType.getPackageName().startsWith("org.porchlight") && !memberType.isEnum()) {
				collectProperties(memberType, name, properties, mapProperties);
			}
			else {
				properties.add(name);
			}
		});
	}

	/** Returns the property that Spring Boot binds the environment variable to, or null if none. */
	private static String boundProperty(String variable, Set<String> properties, Set<String> mapProperties) {
		ConfigurationPropertySource source = ConfigurationPropertySource.from(new SystemEnvironmentPropertySource(
				StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, Map.of(variable, "value")));
		for (String property : properties) {
			if (source.getConfigurationProperty(ConfigurationPropertyName.of(property)) != null) {
				return property;
			}
		}
		Set<String> mapPrefixes = new LinkedHashSet<>();
		for (String property : mapProperties) {
			mapPrefixes.add(property.toUpperCase().replace('.', '_').replace("-", "") + "_");
		}
		return mapPrefixes.stream().filter(variable::startsWith).findFirst().orElse(null);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> asMap(Object value, String description) {
		assertThat(value).as(description).isInstanceOf(Map.class);
		return (Map<String, Object>) value;
	}

	@SuppressWarnings("unchecked")
	private static List<Object> asList(Object value, String description) {
		assertThat(value).as(description).isInstanceOf(List.class);
		return (List<Object>) value;
	}

}
