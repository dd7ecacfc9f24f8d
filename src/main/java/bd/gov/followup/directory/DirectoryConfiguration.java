package bd.gov.followup.directory;

import java.io.IOException;
import java.io.InputStream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/** Loads the district's office directory once, at start-up: a bad file stops the application with its reason. */
@Configuration(proxyBeanMethods = false)
public class DirectoryConfiguration {

  /** Where the directory file is: any Spring resource location (classpath:, file:, …). */
  public static final String LOCATION_PROPERTY = "followup.directory.location";

  public static final String DEFAULT_LOCATION = "classpath:directory/jhenaidah.yaml";

  @Bean
  public OfficeDirectory officeDirectory(
      @Value("${" + LOCATION_PROPERTY + ":" + DEFAULT_LOCATION + "}") String where, ResourceLoader loader) {
    // an operator writes a path as a path: "/etc/followup/kushtia.yaml" is a file, not a resource of the web app
    Resource location = loader.getResource(where.startsWith("/") ? "file:" + where : where);
    try (InputStream yaml = location.getInputStream()) {
      return OfficeDirectory.load(yaml);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the office directory " + location.getDescription(), e);
    } catch (InvalidDirectoryException e) {
      throw new InvalidDirectoryException(location.getDescription() + ": " + e.getMessage(), e);
    }
  }
}
