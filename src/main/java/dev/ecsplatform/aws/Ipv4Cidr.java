package dev.ecsplatform.aws;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An IPv4 CIDR block with its host bits zero.
 *
 * @param address the network address as an unsigned 32-bit value held in a long
 * @param prefix  the prefix length, 0 to 32
 */
public record Ipv4Cidr(long address, int prefix) {

    private static final Pattern SHAPE = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})/(\\d{1,2})");

    public Ipv4Cidr {
        if (prefix < 0 || prefix > 32) {
            throw new IllegalArgumentException("prefix out of range: " + prefix);
        }
        if ((address & ~mask(prefix)) != 0 || address < 0 || address > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("not a network address: " + address + "/" + prefix);
        }
    }

    /** The outcome of reading text: a block, or why it is not one (with a corrected form when the host bits were set). */
    public record Parsed(Optional<Ipv4Cidr> cidr, String error, Optional<String> suggestion) {
    }

    public static Parsed parse(String text) {
        var m = SHAPE.matcher(text.strip());
        if (!m.matches()) {
            return new Parsed(Optional.empty(), "not an IPv4 CIDR block", Optional.empty());
        }
        long address = 0;
        for (int i = 1; i <= 4; i++) {
            int octet = Integer.parseInt(m.group(i));
            if (octet > 255) {
                return new Parsed(Optional.empty(), "octet " + octet + " is above 255", Optional.empty());
            }
            address = (address << 8) | octet;
        }
        int prefix = Integer.parseInt(m.group(5));
        if (prefix > 32) {
            return new Parsed(Optional.empty(), "prefix /" + prefix + " is above /32", Optional.empty());
        }
        long network = address & mask(prefix);
        if (network != address) {
            var fixed = new Ipv4Cidr(network, prefix).toString();
            return new Parsed(Optional.empty(), "host bits are set", Optional.of(fixed));
        }
        return new Parsed(Optional.of(new Ipv4Cidr(address, prefix)), "", Optional.empty());
    }

    public static Ipv4Cidr of(String text) {
        return parse(text).cidr().orElseThrow(() -> new IllegalArgumentException("not a CIDR block: " + text));
    }

    public long size() {
        return 1L << (32 - prefix);
    }

    /** The {@code index}-th block of prefix {@code newPrefix} inside this one. */
    public Ipv4Cidr subnet(int newPrefix, int index) {
        if (newPrefix < prefix || newPrefix > 32) {
            throw new IllegalArgumentException("/" + newPrefix + " does not fit in " + this);
        }
        long count = 1L << (newPrefix - prefix);
        if (index < 0 || index >= count) {
            throw new IllegalArgumentException("block " + index + " of /" + newPrefix + " is outside " + this);
        }
        return new Ipv4Cidr(address + index * (1L << (32 - newPrefix)), newPrefix);
    }

    public boolean contains(Ipv4Cidr other) {
        return other.prefix >= prefix && (other.address & mask(prefix)) == address;
    }

    public boolean overlaps(Ipv4Cidr other) {
        return contains(other) || other.contains(this);
    }

    @Override
    public String toString() {
        return ((address >> 24) & 255) + "." + ((address >> 16) & 255) + "." + ((address >> 8) & 255) + "."
                + (address & 255) + "/" + prefix;
    }

    private static long mask(int prefix) {
        return prefix == 0 ? 0 : (0xFFFF_FFFFL << (32 - prefix)) & 0xFFFF_FFFFL;
    }
}
