package io.github.bmmsite.serve;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.InetAddress;

import static org.assertj.core.api.Assertions.assertThat;

/** The Host header check against DNS rebinding, for each way the preview may listen. */
class AllowedHostsTest {

    @ParameterizedTest(name = "listening on {0}, Host: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            127.0.0.1     | localhost:8080            | true
            127.0.0.1     | LOCALHOST                 | true
            127.0.0.1     | 127.0.0.1:8080            | true
            127.0.0.1     | 127.0.0.1                 | true
            127.0.0.1     | ' 127.0.0.1:8080 '        | true
            127.0.0.1     | 127.0.0.2:8080            | false
            127.0.0.1     | [::1]:8080                | false
            127.0.0.1     | evil.example:8080         | false
            127.0.0.1     | localhost.evil.example    | false
            127.0.0.1     | 127.0.0.1.nip.io:8080     | false
            127.0.0.1     | localhost:8080@evil       | false
            127.0.0.1     | localhost:                | false
            127.0.0.1     | localhost:port            | false
            127.0.0.1     | 127.0.0.1:8080:8080       | false
            127.0.0.1     | 127.000.000.001:8080      | true
            127.0.0.1     | 127.0.0.256               | false
            127.0.0.1     | 127.1                     | false
            127.0.0.1     | 2130706433                | false
            127.0.0.1     | ''                        | false
            ::1           | [::1]:8080                | true
            ::1           | [0:0:0:0:0:0:0:1]:8080    | true
            ::1           | localhost:8080            | true
            ::1           | ::1                       | false
            ::1           | [::2]:8080                | false
            ::1           | [evil.example]:8080       | false
            ::1           | [::1%lo]:8080             | false
            0.0.0.0       | 192.168.1.20:8080         | true
            0.0.0.0       | 10.0.0.7                  | true
            0.0.0.0       | [fe80::1]:8080            | true
            0.0.0.0       | localhost:8080            | true
            0.0.0.0       | evil.example:8080         | false
            0.0.0.0       | mi-portatil.local:8080    | false
            192.168.1.20  | 192.168.1.20:8080         | true
            192.168.1.20  | 192.168.1.21:8080         | false
            """)
    void allowsOnlyLocalhostAndTheAddressItListensOn(String bound, String host, boolean allowed) throws Exception {
        assertThat(new AllowedHosts(InetAddress.getByName(bound)).allow(host)).isEqualTo(allowed);
    }

    @ParameterizedTest(name = "listening on {0}")
    @CsvSource({"127.0.0.1", "::1", "0.0.0.0"})
    void refusesARequestWithoutHost(String bound) throws Exception {
        assertThat(new AllowedHosts(InetAddress.getByName(bound)).allow(null)).isFalse();
    }
}
