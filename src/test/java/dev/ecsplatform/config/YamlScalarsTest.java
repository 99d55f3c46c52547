package dev.ecsplatform.config;

import com.google.gson.JsonPrimitive;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.math.BigInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Plain scalars read as gopkg.in/yaml.v3 (resolve.go, v3.0.1) reads them into untyped values, as Pulumi does. */
class YamlScalarsTest {

    @ParameterizedTest(name = "{0} is {1} {2}")
    @CsvSource(delimiter = '|', value = {
            "true | bool | true", "False | bool | false", "TRUE | bool | true",
            "on | text | on", "yes | text | yes", "No | text | No", "y | text | y",
            "~ | null | ", "null | null | ", "NULL | null | ", "Nul | text | Nul",
            "42 | int | 42", "-7 | int | -7", "+7 | int | 7", "1_000 | int | 1000",
            "0o17 | int | 15", "0O17 | int | 15", "0x1F | int | 31", "0b101 | int | 5", "0777 | int | 511", "-0o17 | int | -15",
            "9223372036854775807 | int | 9223372036854775807", "18446744073709551615 | int | 18446744073709551615",
            "18446744073709551616 | float | 18446744073709551616",
            "0o19 | text | 0o19", "0x | text | 0x", "08 | float | 08", "1__2 | int | 12",
            "1.5 | float | 1.5", ".5 | float | .5", "-.5 | float | -.5", "1e3 | float | 1e3", "1. | float | 1.",
            "1e400 | text | 1e400", "1.2.3 | text | 1.2.3", "- | text | -", "2024-01-31 | text | 2024-01-31",
            "१२ | text | १२", "0x1g | text | 0x1g"})
    void plainScalars(String written, String kind, String value) {
        var resolved = YamlScalars.resolvePlain(written).value();
        switch (kind) {
            case "bool" -> assertThat(resolved).isEqualTo(new JsonPrimitive(Boolean.parseBoolean(value)));
            case "null" -> assertThat(resolved.isJsonNull()).isTrue();
            case "int" -> assertThat(new BigInteger(resolved.getAsString())).isEqualTo(new BigInteger(value));
            case "float" -> assertThat(resolved.getAsBigDecimal()).isEqualByComparingTo(new BigDecimal(value));
            default -> assertThat(resolved).isEqualTo(new JsonPrimitive(value));
        }
    }

    @ParameterizedTest
    @CsvSource({".inf", ".Inf", "+.INF", "-.inf", ".nan", ".NaN"})
    void numbersJsonCannotCarryAreFlagged(String written) {
        assertThat(YamlScalars.resolvePlain(written).notFinite()).hasValue(written);
    }
}
